using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>A backend's answer to a <see cref="TranslationBatch"/>: one segment per input segment, in order.</summary>
/// <param name="Segments">The translations, same count and order as the batch.</param>
/// <param name="Usage">What the backend that served was asked to do (nothing when every segment came from a cache).</param>
/// <param name="CachedSegments">Segments answered from a cache instead of a backend (set by caching decorators).</param>
/// <param name="Fallbacks">Why a fallback backend served instead of the preferred one (set by fallback chains); empty when none did.</param>
public sealed record TranslationBatchResult(
    IReadOnlyList<TranslatedSegment> Segments,
    BackendUsage Usage,
    int CachedSegments = 0,
    IReadOnlyList<string>? Fallbacks = null);
