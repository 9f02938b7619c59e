using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Summarization;

/// <summary>What to summarize and how.</summary>
/// <param name="Sentences">The source text, already split into sentences, in reading order.</param>
/// <param name="SourceLanguage">The language of <paramref name="Sentences"/>.</param>
/// <param name="TargetLanguage">The language the summary is wanted in.</param>
/// <param name="Length">Maximum length.</param>
/// <param name="Style">Paragraph, bullets or headline.</param>
/// <param name="Title">The article's title when there is one: a strong hint of what matters.</param>
public sealed record SummaryRequest(
    IReadOnlyList<string> Sentences,
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    SummaryLength Length,
    SummaryStyle Style = SummaryStyle.Paragraph,
    string? Title = null);
