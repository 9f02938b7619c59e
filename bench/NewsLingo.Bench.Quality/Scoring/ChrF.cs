namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>
/// Corpus chrF with sacrebleu's defaults (chrF2): character n-grams of 1 to 6 code points with
/// whitespace removed, no word n-grams, case kept, beta 2 (recall weighs twice precision). Matches
/// and totals are summed over the corpus per order; precision and recall are averaged over the
/// orders that occur on both sides, then combined into one F-score (sacrebleu's default, not
/// the epsilon smoothing of chrF++.py).
/// </summary>
public static class ChrF
{
    private const int MaxOrder = 6;
    private const double DefaultBeta = 2;

    /// <summary>0 to 100.</summary>
    public static double Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references, double beta = DefaultBeta)
    {
        if (hypotheses.Count != references.Count)
        {
            throw new ArgumentException($"{hypotheses.Count} hypotheses for {references.Count} references.", nameof(hypotheses));
        }

        var hypothesisTotals = new long[MaxOrder];
        var referenceTotals = new long[MaxOrder];
        var matches = new long[MaxOrder];
        for (var i = 0; i < hypotheses.Count; i++)
        {
            var hypothesis = CodePoints(PythonWhitespace.RemoveAll(hypotheses[i]));
            var reference = CodePoints(PythonWhitespace.RemoveAll(references[i]));
            for (var n = 1; n <= MaxOrder; n++)
            {
                var hypothesisCounts = NGramCounts(hypothesis, n);
                var referenceCounts = NGramCounts(reference, n);
                hypothesisTotals[n - 1] += Math.Max(0, hypothesis.Length - n + 1);
                referenceTotals[n - 1] += Math.Max(0, reference.Length - n + 1);
                foreach (var (ngram, count) in hypothesisCounts)
                {
                    matches[n - 1] += Math.Min(count, referenceCounts.GetValueOrDefault(ngram));
                }
            }
        }

        return FromStatistics(hypothesisTotals, referenceTotals, matches, beta);
    }

    public static double FromStatistics(IReadOnlyList<long> hypothesisTotals, IReadOnlyList<long> referenceTotals, IReadOnlyList<long> matches, double beta = DefaultBeta)
    {
        double precision = 0, recall = 0;
        var effectiveOrder = 0;
        for (var n = 0; n < MaxOrder; n++)
        {
            if (hypothesisTotals[n] > 0 && referenceTotals[n] > 0)
            {
                precision += matches[n] / (double)hypothesisTotals[n];
                recall += matches[n] / (double)referenceTotals[n];
                effectiveOrder++;
            }
        }

        if (effectiveOrder == 0)
        {
            return 0;
        }

        precision /= effectiveOrder;
        recall /= effectiveOrder;
        if (precision + recall == 0)
        {
            return 0;
        }

        var betaSquare = beta * beta;
        return 100 * (1 + betaSquare) * precision * recall / (betaSquare * precision + recall);
    }

    // Python indexes strings by code point, so an emoji or a CJK extension character is one
    // character there and must be one here, not two UTF-16 units.
    private static string[] CodePoints(string text)
    {
        var units = new List<string>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            units.Add(rune.ToString());
        }

        return [.. units];
    }

    private static Dictionary<string, int> NGramCounts(string[] codePoints, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= codePoints.Length; i++)
        {
            var ngram = string.Concat(codePoints.AsSpan(i, n));
            counts[ngram] = counts.GetValueOrDefault(ngram) + 1;
        }

        return counts;
    }
}
