namespace NewsLingo.Core.Translation;

/// <summary>
/// Which segments actually go to a backend: blank segments are never sent and a segment that
/// repeats an earlier one (a recurring caption, a repeated subheading) is sent once.
/// </summary>
internal sealed class SegmentPlan
{
    private SegmentPlan(IReadOnlyList<string> unique, int[] uniqueIndexOf, int duplicateCount)
    {
        Unique = unique;
        UniqueIndexOf = uniqueIndexOf;
        DuplicateCount = duplicateCount;
    }

    /// <summary>The segments to send, in first-occurrence order.</summary>
    public IReadOnlyList<string> Unique { get; }

    /// <summary>For each input segment, its index in <see cref="Unique"/>, or -1 for a blank segment.</summary>
    public int[] UniqueIndexOf { get; }

    public int DuplicateCount { get; }

    // Below this many segments a linear scan finds repeats faster than building a dictionary (a Translate
    // call carries a few texts; an article, hundreds).
    private const int LinearScanLimit = 16;

    public static SegmentPlan Create(IReadOnlyList<string> segments)
    {
        var unique = new List<string>(segments.Count);
        var seen = segments.Count > LinearScanLimit ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var indexOf = new int[segments.Count];
        var duplicates = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (string.IsNullOrWhiteSpace(segment))
            {
                indexOf[i] = -1;
                continue;
            }

            var existing = seen is null ? unique.IndexOf(segment) : seen.GetValueOrDefault(segment, -1);
            if (existing >= 0)
            {
                indexOf[i] = existing;
                duplicates++;
                continue;
            }

            seen?.Add(segment, unique.Count);
            indexOf[i] = unique.Count;
            unique.Add(segment);
        }

        return new SegmentPlan(unique, indexOf, duplicates);
    }
}
