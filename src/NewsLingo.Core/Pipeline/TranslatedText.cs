using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Pipeline;

/// <summary>One text in one target language.</summary>
/// <param name="Target">The target language.</param>
/// <param name="Text">The translation.</param>
/// <param name="UnknownWords">Words the backend left untranslated.</param>
/// <param name="Backend">The backend that produced it; null when none was needed.</param>
public sealed record TranslatedText(LanguageTag Target, string Text, IReadOnlyList<string> UnknownWords, string? Backend = null)
{
    /// <summary>Facts of the source this translation lost or changed.</summary>
    public IReadOnlyList<Facts.FactIssue> FactIssues { get; init; } = [];
}
