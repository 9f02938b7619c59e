using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.SemanticKernel.Tests;

/// <summary>The shared sample articles, split into sentences by Core's segmenter.</summary>
internal static class Samples
{
    public static readonly LanguageTag French = LanguageTag.Parse("fr");
    public static readonly LanguageTag English = LanguageTag.Parse("en");

    public static string Read(string name) => NewsLingo.Testing.Samples.Read(name);

    /// <summary>The Palmyra article's body paragraphs (from its first real paragraph on), as sentences.</summary>
    public static IReadOnlyList<string> PalmyraSentences()
    {
        var text = Read("palmyre-euronews.txt");
        var start = text.IndexOf("Les combattants de l'Etat Islamique", StringComparison.Ordinal);
        var paragraphs = text[start..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 60);
        var segmenter = new SentenceSegmenter();
        return [.. paragraphs.SelectMany(p => segmenter.Split(p, French))];
    }
}
