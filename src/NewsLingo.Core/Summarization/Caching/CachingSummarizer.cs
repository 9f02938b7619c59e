using NewsLingo.Core.Caching;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization.Caching;

/// <summary>
/// Answers a summary request from <see cref="ISummaryCache"/> when the same summarizer already
/// summarized the same sentences with the same options; otherwise asks the inner summarizer and
/// keeps its answer. A hit costs nothing and says so (one cache hit in the report). Identical
/// requests in flight at once are made once.
/// </summary>
public sealed class CachingSummarizer(ISummarizer inner, ISummaryCache cache) : DelegatingSummarizer(inner)
{
    private static readonly CallReport OneHit = CallReport.Empty with { CacheHits = 1 };

    private readonly SingleFlight<string, SummaryResult> _inFlight = new();

    public override async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        var key = SummaryCacheKey.For(Name, request);
        var cached = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null && LanguageTag.TryParse(cached.Language, out var language))
        {
            return new SummaryResult(cached.Sentences, language, Name, OneHit, cached.Note);
        }

        var (result, shared) = await _inFlight.RunAsync(key, token => InnerSummarizer.SummarizeAsync(request, token), cancellationToken).ConfigureAwait(false);
        if (shared)
        {
            // An identical request in flight made this summary; this one cost nothing.
            return result with { Report = OneHit with { Fallbacks = result.Report.Fallbacks } };
        }

        if (result.Report.Fallbacks.Count > 0)
        {
            // A fallback's summary is not what the key names (this summarizer's): serve it, don't keep it.
            return result;
        }

        await cache.SetAsync(key, new CachedSummary(result.Sentences, result.Language.Value, result.Note), cancellationToken).ConfigureAwait(false);
        return result;
    }
}
