using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>A backend's answer to a <see cref="TranslationBatch"/>: one segment per input segment, in order.</summary>
public sealed record TranslationBatchResult(IReadOnlyList<TranslatedSegment> Segments, BackendUsage Usage);
