using NewsLingo.Core.Caching;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Answers each segment of a batch from <see cref="ITranslationCache"/> when it can and sends only
/// the misses to the inner translator (no call at all when every segment hits), then keeps what
/// it got. The report counts the hits and carries only the inner call's usage, so a repeated
/// article costs no backend characters. Identical calls in flight at once are made once
/// (<see cref="SingleFlight{TKey, TValue}"/>).
/// </summary>
public sealed class CachingTranslator(ITranslator inner, ITranslationCache cache) : DelegatingTranslator(inner)
{
    private readonly SingleFlight<MissedSegments, TranslationBatchResult> _inFlight = new();

    public override async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        // Runs on every request, so the all-hits path allocates only the keys and the answer.
        var count = batch.Segments.Count;
        var keys = new SegmentCacheKey[count];
        var answers = new TranslatedSegment[count];
        List<int>? misses = null;
        for (var i = 0; i < count; i++)
        {
            keys[i] = SegmentCacheKey.For(Name, batch, batch.Segments[i]);
            if (await cache.GetAsync(keys[i], cancellationToken).ConfigureAwait(false) is { } hit)
            {
                answers[i] = hit;
            }
            else
            {
                (misses ??= []).Add(i);
            }
        }

        if (misses is null)
        {
            return new TranslationBatchResult(answers, CallReport.Empty with { CacheHits = count });
        }

        var missed = new string[misses.Count];
        var missedKeys = new SegmentCacheKey[misses.Count];
        for (var m = 0; m < misses.Count; m++)
        {
            missed[m] = batch.Segments[misses[m]];
            missedKeys[m] = keys[misses[m]];
        }

        var (translated, shared) = await _inFlight.RunAsync(
            new MissedSegments(missedKeys),
            token => InnerTranslator.TranslateAsync(batch with { Segments = missed }, token),
            cancellationToken).ConfigureAwait(false);
        if (translated.Segments.Count != misses.Count)
        {
            // Let the engine report the backend's miscount; caching a misaligned answer would poison the cache.
            return translated;
        }

        // A fallback's answer is not what the key names (this backend's): serve it, don't keep it.
        var keep = !shared && translated.Report.Fallbacks.Count == 0;
        for (var m = 0; m < misses.Count; m++)
        {
            answers[misses[m]] = translated.Segments[m];
            if (keep)
            {
                await cache.SetAsync(keys[misses[m]], translated.Segments[m], cancellationToken).ConfigureAwait(false);
            }
        }

        var hits = count - misses.Count;

        // An identical call in flight answered for both: this one billed nothing, its segments count as hits.
        var report = shared
            ? CallReport.Empty with { CacheHits = count, Fallbacks = translated.Report.Fallbacks }
            : translated.Report with { CacheHits = hits + translated.Report.CacheHits };
        return new TranslationBatchResult(answers, report);
    }
}
