namespace NewsLingo.Core.Memory;

/// <summary>What the memory holds for one segment.</summary>
/// <param name="Segment">The segment as asked.</param>
/// <param name="Exact">The entry whose source equals the segment after normalization; null when none.</param>
/// <param name="Fuzzy">Entries scoring at least the threshold, best first; empty when there is an exact match.</param>
public sealed record MemoryLookup(string Segment, TranslationUnit? Exact, IReadOnlyList<FuzzyMatch> Fuzzy)
{
    public bool IsMiss => Exact is null && Fuzzy.Count == 0;

    public static MemoryLookup Miss(string segment) => new(segment, null, []);
}
