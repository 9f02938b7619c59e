using System.Collections.Concurrent;
using System.Collections.Frozen;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Summarization;

/// <summary>
/// Stop word lists shipped as embedded text files (StopWords/&lt;language&gt;.txt), folded like the
/// text they filter. A language without a list gets an empty one: TF-IDF still works, only noisier.
/// </summary>
internal static class StopWordLists
{
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> For(LanguageTag language) =>
        Cache.GetOrAdd(language.Language ?? string.Empty, Load);

    private static FrozenSet<string> Load(string language)
    {
        var assembly = typeof(StopWordLists).Assembly;
        using var stream = assembly.GetManifestResourceStream($"NewsLingo.Backends.Offline.Summarization.StopWords.{language}.txt");
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(TextNormalizer.Fold(line));
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
