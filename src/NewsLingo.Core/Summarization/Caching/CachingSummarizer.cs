using NewsLingo.Core.Caching;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization.Caching;

/// <summary>
/// Answers a summary request from <see cref="ISummaryCache"/> when the same summarizer already
/// summarized the same sentences with the same options; otherwise asks the inner summarizer and
/// keeps its answer. A hit costs nothing and says so (<see cref="SummaryResult.FromCache"/>).
/// </summary>
public sealed class CachingSummarizer(ISummarizer inner, ISummaryCache cache) : ISummarizer
{
    private readonly SingleFlight<string, SummaryResult> _inFlight = new();

    public string Name => inner.Name;

    public bool CanWriteIn(LanguageTag target) => inner.CanWriteIn(target);

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        var key = CacheKeys.ForSummary(inner.Name, request);
        var cached = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null && LanguageTag.TryParse(cached.Language, out var language))
        {
            return new SummaryResult(cached.Sentences, language, BackendUsage.None(inner.Name), cached.Note, FromCache: true);
        }

        var (result, shared) = await _inFlight.RunAsync(key, token => inner.SummarizeAsync(request, token), cancellationToken).ConfigureAwait(false);
        if (shared)
        {
            // An identical request in flight made this summary; this one cost nothing.
            return result with { Usage = BackendUsage.None(result.Usage.Backend), FromCache = true };
        }

        if (result.Fallbacks is { Count: > 0 })
        {
            // A fallback's summary is not what the key names (this summarizer's): serve it, don't keep it.
            return result;
        }

        await cache.SetAsync(key, new CachedSummary(result.Sentences, result.Language.Value, result.Note), cancellationToken).ConfigureAwait(false);
        return result;
    }
}
