using System.Globalization;

namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>A corpus BLEU with the statistics sacrebleu prints beside it.</summary>
/// <param name="Score">0 to 100.</param>
/// <param name="Precisions">Modified n-gram precisions for n = 1..4, 0 to 100, smoothed.</param>
/// <param name="BrevityPenalty">1 when the hypotheses are at least as long as the references.</param>
/// <param name="HypothesisLength">Tokens in all hypotheses.</param>
/// <param name="ReferenceLength">Tokens in all references.</param>
public sealed record BleuScore(double Score, IReadOnlyList<double> Precisions, double BrevityPenalty, int HypothesisLength, int ReferenceLength)
{
    /// <summary>sacrebleu's own line: "BLEU = 48.93 80.1/56.2/41.0/30.4 (BP = 1.000 ratio = 1.002 hyp_len = … ref_len = …)".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"BLEU = {Score:F2} {string.Join('/', Precisions.Select(p => p.ToString("F1", CultureInfo.InvariantCulture)))} (BP = {BrevityPenalty:F3} ratio = {HypothesisLength / (double)ReferenceLength:F3} hyp_len = {HypothesisLength} ref_len = {ReferenceLength})");
}
