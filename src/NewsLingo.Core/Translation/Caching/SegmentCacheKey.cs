using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Everything that shapes one segment's translation. Compared field by field, text included, so an
/// in-process cache can use it as it is: no digest per look-up and no collision to fear.
/// <see cref="DistributedKey"/> is the form for shared caches, stable across processes and free of text.
/// </summary>
public sealed record SegmentCacheKey(
    string Backend,
    LanguageTag Source,
    LanguageTag Target,
    TextFormat Format,
    Formality Formality,
    string Segment)
{
    /// <summary>The SHA-256 key (see <see cref="CacheKeys"/>); computed on each call, so only where a shared level is asked.</summary>
    public string DistributedKey => CacheKeys.ForSegment(this);

    /// <summary>The key of <paramref name="segment"/> of <paramref name="batch"/> translated by <paramref name="backend"/>.</summary>
    public static SegmentCacheKey For(string backend, TranslationBatch batch, string segment) =>
        new(backend, batch.Source, batch.Target, batch.Format, batch.Formality, segment);
}
