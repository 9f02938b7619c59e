using Microsoft.Extensions.Caching.Hybrid;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Summarization.Caching;

namespace NewsLingo.Server.Caching;

/// <summary>Summaries in <see cref="HybridCache"/> (memory, plus Redis when configured).</summary>
public sealed class HybridSummaryCache(HybridCache cache, NewsLingoMetrics metrics) : ISummaryCache
{
    public async ValueTask<CachedSummary?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var entry = await cache.GetOrCreateAsync<CachedSummary?>(
            key,
            static _ => ValueTask.FromResult<CachedSummary?>(null),
            HybridCacheReads.LookupOnly,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.RecordCacheLookup("summary", entry is not null);
        return entry;
    }

    public ValueTask SetAsync(string key, CachedSummary summary, CancellationToken cancellationToken) =>
        cache.SetAsync(key, summary, cancellationToken: cancellationToken);
}
