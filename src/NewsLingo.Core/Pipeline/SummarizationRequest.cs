using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Core.Pipeline;

/// <summary>A text to summarize into <paramref name="TargetLanguage"/> (null: the source language); <paramref name="InputNotes"/> say how the input was normalized on arrival.</summary>
public sealed record SummarizationRequest(string Text, SummaryOptions Options, LanguageTag? SourceLanguage = null, LanguageTag? TargetLanguage = null, IReadOnlyList<string>? InputNotes = null);
