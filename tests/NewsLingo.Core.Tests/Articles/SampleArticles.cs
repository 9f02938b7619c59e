namespace NewsLingo.Core.Tests.Articles;

internal static class SampleArticles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
}
