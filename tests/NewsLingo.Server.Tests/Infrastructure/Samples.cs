namespace NewsLingo.Server.Tests.Infrastructure;

/// <summary>The sample articles copied beside the test assembly.</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
}
