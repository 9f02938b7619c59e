using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory.Alignment;

/// <summary>
/// Finds the sentence pairs of a source block and an editor's translation of it. Both sides are
/// split by NewsLingo's sentence segmenter. As many sentences on each side, each pair of plausible
/// lengths, gives 1:1 pairs. Otherwise the sentences are aligned by length with Gale and Church's
/// dynamic programme (1:1, 2:1, 1:2, 2:2, 3:1, 1:3, and 1:0 / 0:1 for a sentence without
/// counterpart), the expected length ratio taken from the block pair itself. The alignment is kept
/// only when it is credible: no sentence left without a counterpart, every pair's length within
/// <see cref="MaxDeviation"/> standard deviations, at most half the pairs merged. Otherwise, or when a
/// side is one sentence, the whole block is one pair: a safe entry, if a less reusable one.
/// </summary>
public sealed class SentenceAligner(ISentenceSegmenter segmenter)
{
    /// <summary>Gale and Church's variance of target characters per source character.</summary>
    private const double Variance = 6.8;

    /// <summary>How far (in standard deviations) a pair's length may stray from the block's ratio: 2.5 is 1 % of true pairs.</summary>
    public const double MaxDeviation = 2.5;

    // Gale and Church's priors for each shape (1:1 0.89, 1:0 and 0:1 0.0099, 2:1 and 1:2 0.089, 2:2 0.011),
    // with 3:1 and 1:3 added rarely: editors merge or split sentences, seldom three.
    private static readonly (int Source, int Target, double Cost)[] Shapes =
    [
        (1, 1, -Math.Log(0.89)),
        (1, 0, -Math.Log(0.0099 / 2)),
        (0, 1, -Math.Log(0.0099 / 2)),
        (2, 1, -Math.Log(0.089 / 2)),
        (1, 2, -Math.Log(0.089 / 2)),
        (2, 2, -Math.Log(0.011)),
        (3, 1, -Math.Log(0.002)),
        (1, 3, -Math.Log(0.002)),
    ];

    public SegmentAlignment Align(string source, LanguageTag sourceLanguage, string target, LanguageTag targetLanguage)
    {
        var sourceSentences = segmenter.Split(source, sourceLanguage);
        var targetSentences = segmenter.Split(target, targetLanguage);
        if (sourceSentences.Count <= 1 || targetSentences.Count <= 1)
        {
            return Whole(source, target, $"{Describe(sourceSentences.Count)} in the source, {Describe(targetSentences.Count)} in the translation");
        }

        var ratio = (double)Length(target) / Math.Max(1, Length(source));
        if (sourceSentences.Count == targetSentences.Count)
        {
            var pairs = sourceSentences.Select((s, i) => new AlignedPair(s, targetSentences[i], 1, 1)).ToList();
            if (pairs.All(p => Math.Abs(Deviation(Length(p.Source), Length(p.Target), ratio)) <= MaxDeviation))
            {
                return new SegmentAlignment(pairs, AlignmentMethod.OneToOne, $"{pairs.Count} sentences on both sides, lengths in proportion");
            }
        }

        var beads = Beads(sourceSentences, targetSentences, ratio);
        var merged = beads.Count(b => b.Source != 1 || b.Target != 1);
        if (beads.Any(b => b.Source == 0 || b.Target == 0))
        {
            return Whole(source, target, $"{sourceSentences.Count} source and {targetSentences.Count} translated sentences, and a sentence has no counterpart");
        }

        var aligned = beads.Select(b => new AlignedPair(
            string.Join(' ', sourceSentences.Skip(b.SourceStart).Take(b.Source)),
            string.Join(' ', targetSentences.Skip(b.TargetStart).Take(b.Target)),
            b.Source,
            b.Target)).ToList();
        if (merged * 2 > beads.Count || aligned.Any(p => Math.Abs(Deviation(Length(p.Source), Length(p.Target), ratio)) > MaxDeviation))
        {
            return Whole(source, target, $"{sourceSentences.Count} source and {targetSentences.Count} translated sentences do not align credibly by length");
        }

        return new SegmentAlignment(aligned, AlignmentMethod.LengthBased, $"{sourceSentences.Count} source and {targetSentences.Count} translated sentences aligned by length ({string.Join(", ", aligned.Select(p => p.Shape))})");
    }

    /// <summary>The least-cost sequence of beads covering both sides (Gale and Church 1993).</summary>
    private static List<Bead> Beads(IReadOnlyList<string> source, IReadOnlyList<string> target, double ratio)
    {
        var sourceLengths = source.Select(Length).ToArray();
        var targetLengths = target.Select(Length).ToArray();
        var cost = new double[source.Count + 1, target.Count + 1];
        var step = new (int Source, int Target)[source.Count + 1, target.Count + 1];
        for (var i = 0; i <= source.Count; i++)
        {
            for (var j = 0; j <= target.Count; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                cost[i, j] = double.PositiveInfinity;
                foreach (var (di, dj, prior) in Shapes)
                {
                    if (di > i || dj > j || double.IsPositiveInfinity(cost[i - di, j - dj]))
                    {
                        continue;
                    }

                    var sourceLength = Sum(sourceLengths, i - di, di);
                    var targetLength = Sum(targetLengths, j - dj, dj);
                    var candidate = cost[i - di, j - dj] + prior + LengthCost(sourceLength, targetLength, ratio);
                    if (candidate < cost[i, j])
                    {
                        cost[i, j] = candidate;
                        step[i, j] = (di, dj);
                    }
                }
            }
        }

        var beads = new List<Bead>();
        for (int i = source.Count, j = target.Count; i > 0 || j > 0;)
        {
            var (di, dj) = step[i, j];
            beads.Add(new Bead(i - di, di, j - dj, dj));
            i -= di;
            j -= dj;
        }

        beads.Reverse();
        return beads;
    }

    /// <summary>−log of the chance that a true pair has these lengths: two-tailed, under a normal law of the deviation.</summary>
    private static double LengthCost(int sourceLength, int targetLength, double ratio)
    {
        if (sourceLength == 0 && targetLength == 0)
        {
            return 0;
        }

        var deviation = Math.Abs(Deviation(sourceLength, targetLength, ratio));
        var probability = Math.Max(2 * (1 - StandardNormal(deviation)), 1e-12);
        return -Math.Log(probability);
    }

    private static double Deviation(int sourceLength, int targetLength, double ratio)
    {
        var mean = (sourceLength + (targetLength / ratio)) / 2;
        return (targetLength - (sourceLength * ratio)) / Math.Sqrt(Math.Max(1, mean) * Variance);
    }

    /// <summary>Φ(x), by Abramowitz and Stegun 26.2.17 (error under 7.5e-8).</summary>
    private static double StandardNormal(double x)
    {
        var t = 1 / (1 + (0.2316419 * x));
        var density = Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
        var tail = density * t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        return 1 - tail;
    }

    /// <summary>Characters other than white space: spacing conventions differ between languages, letters do not.</summary>
    private static int Length(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static int Sum(int[] lengths, int start, int count)
    {
        var total = 0;
        for (var k = start; k < start + count; k++)
        {
            total += lengths[k];
        }

        return total;
    }

    private static string Describe(int sentences) => sentences == 1 ? "one sentence" : $"{sentences} sentences";

    private static SegmentAlignment Whole(string source, string target, string why) =>
        new([new AlignedPair(source.Trim(), target.Trim(), 1, 1)], AlignmentMethod.WholeBlock, $"Whole element as one pair: {why}");

    private sealed record Bead(int SourceStart, int Source, int TargetStart, int Target);
}
