using Microsoft.Extensions.Caching.Hybrid;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;

namespace NewsLingo.Server.Caching;

/// <summary>Translated segments in <see cref="HybridCache"/> (memory, plus Redis when configured).</summary>
public sealed class HybridTranslationCache(HybridCache cache, NewsLingoMetrics metrics) : ITranslationCache
{
    public async ValueTask<TranslatedSegment?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var entry = await cache.GetOrCreateAsync<CachedSegmentEntry?>(
            key,
            static _ => ValueTask.FromResult<CachedSegmentEntry?>(null),
            HybridCacheReads.LookupOnly,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.RecordCacheLookup("translation", entry is not null);
        return entry is null ? null : new TranslatedSegment(entry.Text, entry.UnknownWords);
    }

    public ValueTask SetAsync(string key, TranslatedSegment segment, CancellationToken cancellationToken) =>
        cache.SetAsync(key, new CachedSegmentEntry(segment.Text, [.. segment.UnknownWords]), cancellationToken: cancellationToken);
}
