namespace NewsLingo.Core.Summarization.Caching;

/// <summary>
/// Where summaries are kept between requests, by content key (see <see cref="SummaryCacheKey"/>).
/// Implementations never throw for a cache outage: a cache that cannot answer answers "miss".
/// </summary>
public interface ISummaryCache
{
    /// <summary>The cached summary under <paramref name="key"/>, or null on a miss.</summary>
    ValueTask<CachedSummary?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="summary"/> under <paramref name="key"/>.</summary>
    ValueTask SetAsync(string key, CachedSummary summary, CancellationToken cancellationToken);
}
