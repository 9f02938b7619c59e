using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization;

/// <summary>A summary as a list of sentences (or bullet points) in <paramref name="Language"/>, and what making it did.</summary>
/// <param name="Sentences">The summary's sentences or points, in order.</param>
/// <param name="Language">The language they are written in: the target when the summarizer writes it directly, else the source.</param>
/// <param name="Backend">The summarizer that really made it (a fallback's name when one served).</param>
/// <param name="Report">What the call did: usage, a cache hit, fallbacks.</param>
/// <param name="Note">Why the summary is not what was asked for (a fallback, say), or null.</param>
public sealed record SummaryResult(
    IReadOnlyList<string> Sentences,
    LanguageTag Language,
    string Backend,
    CallReport Report,
    string? Note = null)
{
    /// <summary>An adapter's answer: it made the summary itself, asked for <paramref name="usage"/>.</summary>
    public SummaryResult(IReadOnlyList<string> sentences, LanguageTag language, BackendUsage usage, string? note = null)
        : this(sentences, language, usage.Backend, CallReport.For(usage), note)
    {
    }
}
