using System.Globalization;

namespace NewsLingo.Bench.Quality;

/// <summary>What to translate and score, from the command line.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Usage: NewsLingo.Bench.Quality [--server http://127.0.0.1:5080] [--data DIR] [--targets en,es]
                                       [--translator NAME] [--translator-for en=azure ...] [--batch 50]
                                       [--output DIR]
               NewsLingo.Bench.Quality --score-file HYPOTHESES [--target en | --reference FILE] [--expect-bleu 43.8]
               NewsLingo.Bench.Quality --self-check
          --data         folder with flores-dev.fr/.en/.es (default: ../shared/quality from the repository root)
          --translator   the backend for every target (TranslateRequest.translator); default: the routing
          --translator-for  the backend for one target (TranslateRequest.translators_by_target), repeatable
          --output       write each target's translations there, one a line, to rescore with --score-file
          --score-file   score an existing hypothesis file against flores-dev.<target> and exit
          --expect-bleu  with --score-file: exit 1 unless BLEU is within 0.1 of this figure (a published one)
          --self-check   re-run sacrebleu's own documented test cases on this scorer and exit
        """;

    public Uri Server { get; init; } = new("http://127.0.0.1:5080");
    public string DataDirectory { get; init; } = DefaultDataDirectory();
    public IReadOnlyList<string> Targets { get; init; } = ["en", "es"];
    public string? Translator { get; init; }
    public IReadOnlyDictionary<string, string> TranslatorsByTarget { get; init; } = new Dictionary<string, string>();
    public int BatchSize { get; init; } = 50;
    public string? OutputDirectory { get; init; }
    public string? ScoreFile { get; init; }
    public string? ReferenceFile { get; init; }
    public double? ExpectedBleu { get; init; }
    public bool SelfCheck { get; init; }

    public string SourceFile => Path.Combine(DataDirectory, "flores-dev.fr");

    public string ReferenceFor(string target) => ReferenceFile ?? Path.Combine(DataDirectory, $"flores-dev.{target}");

    /// <exception cref="ArgumentException">An unknown option or a value that does not parse.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var byTarget = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--self-check")
            {
                options = options with { SelfCheck = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--server" => options with { Server = new Uri(value) },
                "--data" => options with { DataDirectory = Path.GetFullPath(value) },
                "--targets" => options with { Targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--target" => options with { Targets = [value] },
                "--translator" => options with { Translator = value },
                "--translator-for" => AddRoute(options, byTarget, value),
                "--batch" => options with { BatchSize = int.Parse(value, CultureInfo.InvariantCulture) },
                "--output" => options with { OutputDirectory = Path.GetFullPath(value) },
                "--score-file" => options with { ScoreFile = Path.GetFullPath(value) },
                "--reference" => options with { ReferenceFile = Path.GetFullPath(value) },
                "--expect-bleu" => options with { ExpectedBleu = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Targets.Count == 0 || options.BatchSize is < 1 or > 100)
        {
            throw new ArgumentException("Give at least one target and a batch of 1 to 100 texts (the server's default limit).");
        }

        return options;
    }

    private static BenchOptions AddRoute(BenchOptions options, Dictionary<string, string> byTarget, string value)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new ArgumentException($"--translator-for takes TARGET=BACKEND (en=azure), not '{value}'.");
        }

        byTarget[parts[0]] = parts[1];
        return options with { TranslatorsByTarget = byTarget };
    }

    // The shared data sits beside the repository (../shared/quality), wherever the bench runs from.
    private static string DefaultDataDirectory()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "NewsLingo.sln")))
                {
                    return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "quality"));
                }
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "quality"));
    }
}
