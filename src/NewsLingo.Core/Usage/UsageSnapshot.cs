namespace NewsLingo.Core.Usage;

/// <summary>What a request (or one of its targets) cost, as reported to the caller.</summary>
public sealed record UsageSnapshot(
    IReadOnlyList<BackendUsage> Backends,
    int CacheHits,
    int SegmentsTranslated,
    int DuplicateSegments,
    IReadOnlyList<string> Fallbacks,
    IReadOnlyList<string> Notes);
