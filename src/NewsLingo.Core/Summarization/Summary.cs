using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Summarization;

/// <summary>A finished summary in the language the caller asked for.</summary>
/// <param name="Sentences">Sentences or bullet points, in order.</param>
/// <param name="Language">The language they are written in.</param>
/// <param name="Style">The style asked for.</param>
/// <param name="Backend">Who made it: the summarizer, plus the translator when the summary was translated ("extractive+apertium").</param>
/// <param name="Note">Why it is not what was asked for, or null.</param>
public sealed record Summary(IReadOnlyList<string> Sentences, LanguageTag Language, SummaryStyle Style, string Backend, string? Note)
{
    /// <summary>Facts of the source summary its translation lost or changed, by sentence ("sentences[1]").</summary>
    public IReadOnlyList<Facts.FactFinding> FactIssues { get; init; } = [];

    /// <summary>Display text: bullets one per line, otherwise sentences joined by spaces.</summary>
    public string Text => Style == SummaryStyle.Bullets
        ? string.Join('\n', Sentences.Select(s => "- " + s))
        : string.Join(' ', Sentences);
}
