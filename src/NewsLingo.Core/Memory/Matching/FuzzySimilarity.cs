namespace NewsLingo.Core.Memory;

/// <summary>
/// The fuzzy-match score CAT tools show as a percentage: 1 − d / max(n, m), where d is the
/// word-level edit distance between the two segments' tokens (<see cref="MemoryText.Tokens"/> of
/// their normalized forms; inserting, deleting or replacing a token costs 1, replacing it with the
/// same token in another case costs ½) and n, m their token counts. 1 is the same segment, 0.75
/// "three words in four kept in place". Computed here, in C#, whatever store found the candidate,
/// so SQLite and PostgreSQL score alike.
/// </summary>
public static class FuzzySimilarity
{
    /// <summary>The score of <paramref name="candidate"/> against <paramref name="query"/>, both as <see cref="SegmentKey"/>.</summary>
    public static double Score(SegmentKey query, SegmentKey candidate, double minimum = 0) => Score(query.Tokens, candidate.Tokens, minimum);

    /// <summary>
    /// The score in [0, 1]. Below <paramref name="minimum"/> the work stops as soon as that is
    /// certain and 0 is returned, so scoring a poor candidate costs little.
    /// </summary>
    public static double Score(IReadOnlyList<string> query, IReadOnlyList<string> candidate, double minimum = 0)
    {
        var longest = Math.Max(query.Count, candidate.Count);
        if (longest == 0)
        {
            return 1;
        }

        // The most edits a candidate may need and still score `minimum`.
        var budget = (1 - minimum) * longest;
        if (Math.Abs(query.Count - candidate.Count) > budget)
        {
            return 0;
        }

        var previous = new double[candidate.Count + 1];
        var current = new double[candidate.Count + 1];
        for (var j = 0; j <= candidate.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= query.Count; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= candidate.Count; j++)
            {
                var substitution = previous[j - 1] + Cost(query[i - 1], candidate[j - 1]);
                var value = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            // Distances never shrink from one row to the next: past the budget, nothing can come back.
            if (rowMinimum > budget)
            {
                return 0;
            }

            (previous, current) = (current, previous);
        }

        var score = 1 - (previous[candidate.Count] / longest);
        return score >= minimum ? score : 0;
    }

    /// <summary>
    /// How many of a query's token occurrences a candidate scoring at least <paramref name="minimum"/>
    /// can lose: every edit loses at most one, the candidate has at most n / minimum tokens, so at most
    /// (1 − minimum) · n / minimum edits. A candidate therefore keeps at least one of any
    /// <c>MaxLostTokens + 1</c> occurrences of the query, which is what lets an index retrieve every
    /// such candidate through the query's rarest words alone.
    /// </summary>
    public static int MaxLostTokens(int queryTokens, double minimum) =>
        minimum <= 0 ? queryTokens : (int)Math.Floor((1 - minimum) * queryTokens / minimum);

    private static double Cost(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 0
        : string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 0.5
        : 1;
}
