namespace NewsLingo.Core.Translation;

/// <summary>One translated segment, with the words the backend could not translate (if it says).</summary>
/// <param name="Text">The translation.</param>
/// <param name="UnknownWords">Words left untranslated.</param>
/// <param name="Backend">The backend that produced <paramref name="Text"/>; null when no backend did (a blank or same-language segment).</param>
public sealed record TranslatedSegment(string Text, IReadOnlyList<string> UnknownWords, string? Backend = null)
{
    /// <summary>The facts of the source this translation lost or changed (see <see cref="Facts.FactChecker"/>).</summary>
    public IReadOnlyList<Facts.FactIssue> Issues { get; init; } = [];

    public TranslatedSegment(string text)
        : this(text, [])
    {
    }
}
