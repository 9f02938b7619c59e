using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Summarization;

/// <summary>The text a summary is made from, split once and shared by every target.</summary>
public sealed record SummarySource(IReadOnlyList<string> Sentences, LanguageTag Language, SummaryOptions Options, string? Title);
