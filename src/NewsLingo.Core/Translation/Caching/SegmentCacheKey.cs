using NewsLingo.Core.Caching;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Everything that shapes one segment's translation. Compared field by field, text included, so an
/// in-process cache can use it as it is: no digest per look-up and no collision to fear.
/// <see cref="DistributedKey"/> is the form for shared caches (<see cref="ContentHash"/>), stable across processes and free of text.
/// </summary>
public sealed record SegmentCacheKey(
    string Backend,
    LanguageTag Source,
    LanguageTag Target,
    TextFormat Format,
    Formality Formality,
    string Segment,
    string? Terms = null)
{
    /// <summary>Bumped when the shape of cached translations changes, so old entries are ignored.</summary>
    private const string Version = "v1";

    /// <summary>The SHA-256 key (see <see cref="ContentHash"/>); computed on each call, so only where a shared level is asked.</summary>
    public string DistributedKey => Terms is null
        ? ContentHash.Of("newslingo:t:", Version, Backend, Source.Value, Target.Value, Format.ToString(), Formality.ToString(), Segment)
        : ContentHash.Of("newslingo:t:", Version, Backend, Source.Value, Target.Value, Format.ToString(), Formality.ToString(), Segment, Terms);

    /// <summary>
    /// The key of <paramref name="segment"/> of <paramref name="batch"/> translated by <paramref name="backend"/>. The glossary
    /// terms a backend protects itself shape its answer, so those standing in the segment are part of the key
    /// (placeholder terms are not: the segment already says where they are, and they are put back after the cache).
    /// </summary>
    public static SegmentCacheKey For(string backend, TranslationBatch batch, string segment) =>
        new(backend, batch.Source, batch.Target, batch.Format, batch.Formality, segment, batch.Terms.Count == 0 ? null : TermsIn(batch.Terms, segment));

    /// <summary>term and translation (NUL between) of each term standing in <paramref name="segment"/> ("term" alone when kept), one per line; null when none does.</summary>
    private static string? TermsIn(IReadOnlyList<BatchTerm> terms, string segment)
    {
        System.Text.StringBuilder? found = null;
        foreach (var term in terms)
        {
            if (Protection.WholeWords.IndexOf(segment, term.Term) >= 0)
            {
                (found ??= new()).Append(term.Term).Append(term.IsKept ? string.Empty : "\u0000" + term.Translation).Append('\n');
            }
        }

        return found?.ToString();
    }
}
