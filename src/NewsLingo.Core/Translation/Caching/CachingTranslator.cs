using NewsLingo.Core.Caching;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Answers each segment of a batch from <see cref="ITranslationCache"/> when it can and sends only
/// the misses to the inner translator (no call at all when every segment hits), then keeps what
/// it got. The result reports the hits in <see cref="TranslationBatchResult.CachedSegments"/> and
/// only the inner backend's usage, so a repeated article costs no backend characters. Identical
/// calls in flight at once are made once (<see cref="SingleFlight{TKey, TValue}"/>).
/// </summary>
public sealed class CachingTranslator(ITranslator inner, ITranslationCache cache) : ITranslator
{
    private readonly SingleFlight<MissedSegments, TranslationBatchResult> _inFlight = new();
    private BackendUsage? _noUsage;

    public string Name => inner.Name;

    public BackendLimits Limits => inner.Limits;

    public bool SupportsHtml => inner.SupportsHtml;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        inner.GetSupportedDirectionsAsync(cancellationToken);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        // Runs on every request, so the all-hits path allocates only the keys and the answer.
        var count = batch.Segments.Count;
        var keys = new SegmentCacheKey[count];
        var answers = new TranslatedSegment[count];
        List<int>? misses = null;
        for (var i = 0; i < count; i++)
        {
            keys[i] = SegmentCacheKey.For(inner.Name, batch, batch.Segments[i]);
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
            return new TranslationBatchResult(answers, _noUsage ??= BackendUsage.None(inner.Name), count);
        }

        var hits = count - misses.Count;
        var missed = new string[misses.Count];
        for (var m = 0; m < misses.Count; m++)
        {
            missed[m] = batch.Segments[misses[m]];
        }

        var missedKeys = new SegmentCacheKey[misses.Count];
        for (var m = 0; m < misses.Count; m++)
        {
            missedKeys[m] = keys[misses[m]];
        }

        var (translated, shared) = await _inFlight.RunAsync(
            new MissedSegments(missedKeys),
            token => inner.TranslateAsync(batch with { Segments = missed }, token),
            cancellationToken).ConfigureAwait(false);
        if (shared)
        {
            // An identical call was in flight and answered for both: nothing was billed for this one.
            for (var m = 0; m < misses.Count && translated.Segments.Count == misses.Count; m++)
            {
                answers[misses[m]] = translated.Segments[m];
            }

            return translated.Segments.Count != misses.Count
                ? translated
                : new TranslationBatchResult(answers, _noUsage ??= BackendUsage.None(inner.Name), count, translated.Fallbacks);
        }

        if (translated.Segments.Count != misses.Count)
        {
            // Let the engine report the backend's miscount; caching a misaligned answer would poison the cache.
            return translated;
        }

        // A fallback's answer is not what the key names (this backend's): serve it, don't keep it.
        var keep = translated.Fallbacks is not { Count: > 0 };
        for (var m = 0; m < misses.Count; m++)
        {
            answers[misses[m]] = translated.Segments[m];
            if (keep)
            {
                await cache.SetAsync(keys[misses[m]], translated.Segments[m], cancellationToken).ConfigureAwait(false);
            }
        }

        return new TranslationBatchResult(answers, translated.Usage, hits + translated.CachedSegments, translated.Fallbacks);
    }
}
