using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace NewsLingo.Testing.Fuzzing;

/// <summary>
/// The pages the fuzzing suite mutates: the project's own fixtures (tests/samples, tests/samples/pages,
/// the CLI's test pages) and, where a <c>shared/extraction</c> folder stands beside the repository or
/// above the test's directory, its real pages, read from disk at test time (never copied into the
/// project). Without that folder the suite runs on the project's own pages alone.
/// </summary>
public sealed class PageCorpus
{
    private readonly IReadOnlyList<PageSource> _sources;
    private readonly ConcurrentDictionary<int, string> _loaded = new();

    private PageCorpus(IReadOnlyList<PageSource> sources) => _sources = sources;

    /// <summary>The corpus found from this test's directory, loaded once per process.</summary>
    public static PageCorpus Default { get; } = Find(AppContext.BaseDirectory);

    public int Count => _sources.Count;

    /// <summary>How many pages came from <c>shared/extraction</c> (0 where it is absent).</summary>
    public int SharedPages => _sources.Count(s => s.Shared);

    /// <summary>The folder the shared pages came from, or null.</summary>
    public string? SharedFolder { get; private init; }

    public string Name(int index) => _sources[index].Name;

    /// <summary>The page's HTML (read on first use and kept: the suite goes back to the same pages often).</summary>
    public string Html(int index) => _loaded.GetOrAdd(index, i => _sources[i].Read());

    public static PageCorpus Find(string fromDirectory)
    {
        var sources = new List<PageSource>();
        foreach (var file in OwnPages(fromDirectory))
        {
            sources.Add(new PageSource("own/" + Path.GetFileName(file), () => File.ReadAllText(file), Shared: false));
        }

        var shared = FindUp(fromDirectory, Path.Combine("shared", "extraction"));
        if (shared is not null)
        {
            sources.AddRange(ReadShared(shared));
        }

        return new PageCorpus(sources) { SharedFolder = shared };
    }

    private static IEnumerable<string> OwnPages(string fromDirectory)
    {
        // Copied beside every test assembly by tests/Directory.Build.props.
        var samples = Path.Combine(fromDirectory, "samples");
        var own = Directory.Exists(samples)
            ? Directory.EnumerateFiles(samples, "*.html", SearchOption.AllDirectories)
            : [];

        // The CLI's test pages live in its project; the repository is found above the test's directory.
        var cliPages = FindUp(fromDirectory, Path.Combine("tests", "NewsLingo.Cli.Tests", "Pages"));
        var cli = cliPages is null ? [] : Directory.EnumerateFiles(cliPages, "*.html");
        return own.Concat(cli).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<PageSource> ReadShared(string root)
    {
        var scrapinghub = Path.Combine(root, "scrapinghub", "html");
        if (Directory.Exists(scrapinghub))
        {
            foreach (var file in Directory.EnumerateFiles(scrapinghub, "*.html.gz").Order(StringComparer.Ordinal))
            {
                yield return new PageSource("scrapinghub/" + Path.GetFileName(file)[..^".html.gz".Length], () => ReadGzip(file), Shared: true);
            }
        }

        var readability = Path.Combine(root, "readability");
        if (Directory.Exists(readability))
        {
            foreach (var dir in Directory.EnumerateDirectories(readability).Order(StringComparer.Ordinal))
            {
                var source = Path.Combine(dir, "source.html");
                if (File.Exists(source))
                {
                    yield return new PageSource("readability/" + Path.GetFileName(dir), () => File.ReadAllText(source), Shared: true);
                }
            }
        }
    }

    private static string ReadGzip(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, new UTF8Encoding(false, false));
        return text.ReadToEnd();
    }

    /// <summary>The first <paramref name="relative"/> folder found in the directory or any of its parents, or beside it.</summary>
    private static string? FindUp(string fromDirectory, string relative)
    {
        for (var dir = new DirectoryInfo(fromDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed record PageSource(string Name, Func<string> Read, bool Shared);
}
