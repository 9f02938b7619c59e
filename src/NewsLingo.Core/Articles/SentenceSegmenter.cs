using System.Text.RegularExpressions;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Articles;

/// <summary>Splits at sentence-final punctuation followed by a capital (interim rules; the language-aware segmenter replaces this).</summary>
public sealed partial class SentenceSegmenter : ISentenceSegmenter
{
    public IReadOnlyList<string> Split(string text, LanguageTag language) =>
        Boundary().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}«“""])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
