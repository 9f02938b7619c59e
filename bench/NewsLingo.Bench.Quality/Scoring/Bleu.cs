namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>
/// Corpus BLEU with sacrebleu's defaults: 13a tokens, case kept, n-grams up to 4, one reference,
/// "exp" smoothing (an n-gram order with no match counts as 1 / (2^k · total) instead of zero, as
/// mteval-v13a does), the brevity penalty on the summed lengths. Counts are summed over the corpus
/// before any ratio is taken, which is why it is not the mean of sentence scores.
/// </summary>
public static class Bleu
{
    private const int MaxOrder = 4;

    // sacrebleu's log of zero: a precision of 0 sinks the score to 0 rather than failing.
    private const double LogOfZero = -9999999999;

    public static BleuScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references) =>
        Score(hypotheses, [references]);

    /// <summary>
    /// Several references per segment, as sacrebleu takes them: an n-gram matches up to the most
    /// times any one reference holds it, and the reference length is the one closest to the
    /// hypothesis (the shorter on a tie). Only the documented sacrebleu cases need this.
    /// </summary>
    public static BleuScore Score(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceStreams)
    {
        if (referenceStreams.Any(stream => stream.Count != hypotheses.Count))
        {
            throw new ArgumentException($"{hypotheses.Count} hypotheses, but a reference stream of another length.", nameof(referenceStreams));
        }

        var matches = new long[MaxOrder];
        var totals = new long[MaxOrder];
        var hypothesisLength = 0;
        var referenceLength = 0;
        for (var i = 0; i < hypotheses.Count; i++)
        {
            // sacrebleu strips trailing whitespace of each segment before tokenizing it.
            var hypothesis = Tokenizer13a.Tokenize(PythonWhitespace.TrimEnd(hypotheses[i]));
            hypothesisLength += hypothesis.Length;

            var referenceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            int? closestLength = null;
            foreach (var stream in referenceStreams)
            {
                var reference = Tokenizer13a.Tokenize(PythonWhitespace.TrimEnd(stream[i]));
                var difference = Math.Abs(hypothesis.Length - reference.Length);
                if (closestLength is not { } closest || difference < Math.Abs(hypothesis.Length - closest) ||
                    (difference == Math.Abs(hypothesis.Length - closest) && reference.Length < closest))
                {
                    closestLength = reference.Length;
                }

                foreach (var (ngram, count) in NGramCounts(reference))
                {
                    referenceCounts[ngram] = Math.Max(count, referenceCounts.GetValueOrDefault(ngram));
                }
            }

            referenceLength += closestLength ?? 0;
            foreach (var (ngram, count) in NGramCounts(hypothesis))
            {
                var order = ngram.Count(c => c == ' ');
                totals[order] += count;
                matches[order] += Math.Min(count, referenceCounts.GetValueOrDefault(ngram));
            }
        }

        return FromStatistics(matches, totals, hypothesisLength, referenceLength);
    }

    /// <summary>The score from summed counts, with exp smoothing for orders that matched nothing.</summary>
    public static BleuScore FromStatistics(IReadOnlyList<long> matches, IReadOnlyList<long> totals, int hypothesisLength, int referenceLength)
    {
        var precisions = new double[MaxOrder];
        var smoothing = 1.0;
        for (var n = 0; n < MaxOrder; n++)
        {
            // No n-grams of this order at all (every hypothesis shorter than n): this and higher
            // orders stay 0, and so does the score, as in sacrebleu.
            if (totals[n] == 0)
            {
                break;
            }

            if (matches[n] == 0)
            {
                smoothing *= 2;
                precisions[n] = 100.0 / (smoothing * totals[n]);
            }
            else
            {
                precisions[n] = 100.0 * matches[n] / totals[n];
            }
        }

        var brevityPenalty = hypothesisLength >= referenceLength ? 1.0
            : hypothesisLength > 0 ? Math.Exp(1 - referenceLength / (double)hypothesisLength)
            : 0.0;
        var meanLog = precisions.Sum(p => p > 0 ? Math.Log(p) : LogOfZero) / MaxOrder;
        return new BleuScore(brevityPenalty * Math.Exp(meanLog), precisions, brevityPenalty, hypothesisLength, referenceLength);
    }

    // Tokens contain no spaces, so a space-joined n-gram is a unique key and its order is its spaces.
    private static Dictionary<string, int> NGramCounts(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= MaxOrder; n++)
        {
            for (var i = 0; i + n <= tokens.Length; i++)
            {
                var ngram = string.Join(' ', tokens, i, n);
                counts[ngram] = counts.GetValueOrDefault(ngram) + 1;
            }
        }

        return counts;
    }
}
