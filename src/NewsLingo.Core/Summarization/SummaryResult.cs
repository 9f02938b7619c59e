using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization;

/// <summary>A summary as a list of sentences (or bullet points) in <paramref name="Language"/>.</summary>
/// <param name="Sentences">The summary's sentences or points, in order.</param>
/// <param name="Language">The language they are written in: the target when the summarizer writes it directly, else the source.</param>
/// <param name="Usage">What the summarizer consumed.</param>
/// <param name="Note">Why the summary is not what was asked for (a fallback, say), or null.</param>
/// <param name="FromCache">True when a cache answered instead of a summarizer (set by caching decorators).</param>
/// <param name="Fallbacks">Why a fallback summarizer served instead of the preferred one (set by fallback chains); empty when none did.</param>
public sealed record SummaryResult(
    IReadOnlyList<string> Sentences,
    LanguageTag Language,
    BackendUsage Usage,
    string? Note = null,
    bool FromCache = false,
    IReadOnlyList<string>? Fallbacks = null);
