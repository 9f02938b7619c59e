using System.CommandLine;
using Google.Protobuf.Collections;

namespace NewsLingo.Cli.Commands;

/// <summary>--translator and --summarizer: the backends a request names among those the server enables (see `newslingo languages`).</summary>
public static class BackendChoice
{
    public static Option<string?> TranslatorOption() => new("--translator")
    {
        Description = "The translator to use instead of the server's routing: NAME for every target, or TARGET=NAME,… per target (e.g. en=azure,es=apertium).",
    };

    public static Option<string?> SummarizerOption() => new("--summarizer")
    {
        Description = "The summarizer to use instead of the server's default.",
    };

    /// <summary>Fills <paramref name="byTarget"/> from a --translator value and returns the name for every target (empty: none); throws <see cref="UsageException"/> when it is malformed.</summary>
    public static string Apply(string? value, MapField<string, string> byTarget)
    {
        var all = string.Empty;
        foreach (var part in InputReader.SplitList(value is null ? null : [value]))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                all = part;
                continue;
            }

            var target = part[..equals].Trim();
            var name = part[(equals + 1)..].Trim();
            if (target.Length == 0 || name.Length == 0)
            {
                throw new UsageException($"--translator '{part}': write TARGET=NAME (e.g. en=azure), or NAME alone for every target.");
            }

            byTarget[target] = name;
        }

        return all;
    }
}
