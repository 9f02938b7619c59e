namespace NewsLingo.Testing;

/// <summary>The sample articles, copied beside every test assembly by tests/Directory.Build.props.</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));

    /// <summary>The non-blank lines of a sample that are not comments (#).</summary>
    public static IReadOnlyList<string> Lines(string name) =>
        [.. Read(name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
