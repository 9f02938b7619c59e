namespace NewsLingo.Core.Translation;

/// <summary>
/// What one backend accepts per call. The pipeline packs segments into as few calls as these
/// limits allow and never runs more than <see cref="MaxConcurrentRequests"/> at once.
/// </summary>
/// <param name="MaxCharactersPerRequest">Sum of segment lengths (UTF-16 code units) in one call.</param>
/// <param name="MaxSegmentsPerRequest">Number of segments (array elements) in one call.</param>
/// <param name="MaxConcurrentRequests">Calls in flight at once for one pipeline request.</param>
public sealed record BackendLimits(int MaxCharactersPerRequest, int MaxSegmentsPerRequest, int MaxConcurrentRequests)
{
    public static BackendLimits Unbounded { get; } = new(int.MaxValue, int.MaxValue, 4);
}
