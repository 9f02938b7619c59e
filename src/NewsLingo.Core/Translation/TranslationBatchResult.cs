using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>A backend's answer to a <see cref="TranslationBatch"/>: one segment per input segment, in order, and what the call did.</summary>
/// <param name="Segments">The translations, same count and order as the batch.</param>
/// <param name="Report">What the call did: the serving backend's usage (none when every segment came from a cache), cache hits, fallbacks, notes.</param>
public sealed record TranslationBatchResult(IReadOnlyList<TranslatedSegment> Segments, CallReport Report)
{
    /// <summary>An adapter's answer: it served the call itself, asked for <paramref name="usage"/>.</summary>
    public TranslationBatchResult(IReadOnlyList<TranslatedSegment> segments, BackendUsage usage)
        : this(segments, CallReport.For(usage))
    {
    }
}
