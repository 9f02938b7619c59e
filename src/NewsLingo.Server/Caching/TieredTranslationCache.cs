using Microsoft.Extensions.Caching.Hybrid;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;

namespace NewsLingo.Server.Caching;

/// <summary>
/// Translated segments in two levels: this process's memory (<see cref="SegmentMemoryCache"/>), then,
/// when Redis is configured, HybridCache's distributed level under the SHA-256 key, shared by every
/// instance (HybridCache's own memory level is bypassed: it would hold each segment a second time,
/// under the digest). A segment found in Redis is kept in memory too, so a repeat costs no round trip.
/// </summary>
public sealed class TieredTranslationCache(SegmentMemoryCache memory, HybridCache? shared, NewsLingoMetrics metrics) : ITranslationCache
{
    public ValueTask<TranslatedSegment?> GetAsync(SegmentCacheKey key, CancellationToken cancellationToken)
    {
        if (memory.Get(key) is { } local)
        {
            metrics.RecordCacheLookup("translation", hit: true);
            return ValueTask.FromResult<TranslatedSegment?>(local);
        }

        if (shared is null)
        {
            metrics.RecordCacheLookup("translation", hit: false);
            return ValueTask.FromResult<TranslatedSegment?>(null);
        }

        return GetSharedAsync(shared, key, cancellationToken);
    }

    public ValueTask SetAsync(SegmentCacheKey key, TranslatedSegment segment, CancellationToken cancellationToken)
    {
        memory.Set(key, segment);
        return shared is null
            ? ValueTask.CompletedTask
            : shared.SetAsync(key.DistributedKey, new CachedSegmentEntry(segment.Text, [.. segment.UnknownWords]), HybridCacheReads.DistributedWriteOnly, cancellationToken: cancellationToken);
    }

    private async ValueTask<TranslatedSegment?> GetSharedAsync(HybridCache cache, SegmentCacheKey key, CancellationToken cancellationToken)
    {
        var entry = await cache.GetOrCreateAsync<CachedSegmentEntry?>(
            key.DistributedKey,
            static _ => ValueTask.FromResult<CachedSegmentEntry?>(null),
            HybridCacheReads.DistributedLookupOnly,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.RecordCacheLookup("translation", entry is not null);
        if (entry is null)
        {
            return null;
        }

        var segment = new TranslatedSegment(entry.Text, entry.UnknownWords, key.Backend);
        memory.Set(key, segment);
        return segment;
    }
}
