namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Where translated segments are kept between requests, by everything that shapes them (<see cref="SegmentCacheKey"/>).
/// Implementations never throw for a cache outage: a cache that cannot answer answers "miss".
/// </summary>
public interface ITranslationCache
{
    /// <summary>The cached translation under <paramref name="key"/>, or null on a miss.</summary>
    ValueTask<TranslatedSegment?> GetAsync(SegmentCacheKey key, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="segment"/> under <paramref name="key"/>.</summary>
    ValueTask SetAsync(SegmentCacheKey key, TranslatedSegment segment, CancellationToken cancellationToken);
}
