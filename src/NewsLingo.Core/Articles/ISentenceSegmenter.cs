using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Articles;

/// <summary>Splits text into sentences, aware of the language's abbreviations, numbers and quotes.</summary>
public interface ISentenceSegmenter
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order; joined with spaces they give back the text's words.</summary>
    IReadOnlyList<string> Split(string text, LanguageTag language);
}
