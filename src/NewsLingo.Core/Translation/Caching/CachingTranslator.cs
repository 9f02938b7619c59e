using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Answers each segment of a batch from <see cref="ITranslationCache"/> when it can and sends only
/// the misses to the inner translator (no call at all when every segment hits), then keeps what
/// it got. The result reports the hits in <see cref="TranslationBatchResult.CachedSegments"/> and
/// only the inner backend's usage, so a repeated article costs no backend characters.
/// </summary>
public sealed class CachingTranslator(ITranslator inner, ITranslationCache cache) : ITranslator
{
    public string Name => inner.Name;

    public BackendLimits Limits => inner.Limits;

    public bool SupportsHtml => inner.SupportsHtml;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        inner.GetSupportedDirectionsAsync(cancellationToken);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var keys = new string[batch.Segments.Count];
        var answers = new TranslatedSegment?[batch.Segments.Count];
        var misses = new List<int>();
        for (var i = 0; i < batch.Segments.Count; i++)
        {
            keys[i] = CacheKeys.ForSegment(inner.Name, batch, batch.Segments[i]);
            answers[i] = await cache.GetAsync(keys[i], cancellationToken).ConfigureAwait(false);
            if (answers[i] is null)
            {
                misses.Add(i);
            }
        }

        var hits = batch.Segments.Count - misses.Count;
        if (misses.Count == 0)
        {
            return new TranslationBatchResult(answers.Select(a => a!).ToList(), BackendUsage.None(inner.Name), hits);
        }

        var request = batch with { Segments = misses.Select(i => batch.Segments[i]).ToList() };
        var translated = await inner.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
        if (translated.Segments.Count != misses.Count)
        {
            // Let the engine report the backend's miscount; caching a misaligned answer would poison the cache.
            return translated;
        }

        for (var m = 0; m < misses.Count; m++)
        {
            answers[misses[m]] = translated.Segments[m];
            await cache.SetAsync(keys[misses[m]], translated.Segments[m], cancellationToken).ConfigureAwait(false);
        }

        return new TranslationBatchResult(answers.Select(a => a!).ToList(), translated.Usage, hits + translated.CachedSegments, translated.Fallbacks);
    }
}
