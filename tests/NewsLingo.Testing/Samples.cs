namespace NewsLingo.Testing;

/// <summary>The sample articles, copied beside every test assembly by tests/Directory.Build.props.</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
}
