using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Core.Pipeline;

/// <summary>A target's summary, after all of its elements.</summary>
public sealed record SummaryReady(LanguageTag Target, Summary Summary) : ArticleEvent;
