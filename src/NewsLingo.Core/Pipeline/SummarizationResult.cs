using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>A summary, the source language it was made from, and what it cost.</summary>
public sealed record SummarizationResult(Summary Summary, ResolvedLanguage Source, CallReport Usage);
