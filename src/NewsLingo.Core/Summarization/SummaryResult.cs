using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization;

/// <summary>A summary as a list of sentences (or bullet points) in <paramref name="Language"/>.</summary>
/// <param name="Sentences">The summary's sentences or points, in order.</param>
/// <param name="Language">The language they are written in: the target when the summarizer writes it directly, else the source.</param>
/// <param name="Usage">What the summarizer consumed.</param>
/// <param name="Note">Why the summary is not what was asked for (a fallback, say), or null.</param>
public sealed record SummaryResult(IReadOnlyList<string> Sentences, LanguageTag Language, BackendUsage Usage, string? Note = null);
