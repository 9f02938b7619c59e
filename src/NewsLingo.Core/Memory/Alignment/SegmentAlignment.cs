namespace NewsLingo.Core.Memory.Alignment;

/// <summary>The segment pairs of a corrected element, and how and why they were cut so.</summary>
/// <param name="Pairs">In element order.</param>
/// <param name="Method">One to one, by lengths, or the whole element.</param>
/// <param name="Explanation">Why, in words a caller can read ("3 sentences on both sides").</param>
public sealed record SegmentAlignment(IReadOnlyList<AlignedPair> Pairs, AlignmentMethod Method, string Explanation);
