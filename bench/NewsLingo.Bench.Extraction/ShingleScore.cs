using System.Text.RegularExpressions;

namespace NewsLingo.Bench.Extraction;

/// <summary>
/// score.py's body metric: 4-word shingles of \w+ tokens (case kept), TP/FP/FN per page normalised
/// to sum 1; precision and recall are means over pages, F1 = 2PR/(P+R) of the means.
/// </summary>
internal static partial class ShingleScore
{
    public static (double Tp, double Fp, double Fn) Page(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in p)
        {
            var inTruth = t.GetValueOrDefault(shingle);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(0, count - inTruth);
        }

        foreach (var (shingle, count) in t)
        {
            fn += Math.Max(0, count - p.GetValueOrDefault(shingle));
        }

        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    public static double Precision((double Tp, double Fp, double Fn) c) =>
        c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    public static double Recall((double Tp, double Fp, double Fn) c) =>
        c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    /// <summary>Mean precision over pages with a prediction, mean recall over pages with truth, as score.py.</summary>
    public static (double F1, double P, double R) Set(IReadOnlyList<(double Tp, double Fp, double Fn)> pages)
    {
        var ps = pages.Where(c => c.Tp + c.Fp > 0).Select(Precision).DefaultIfEmpty(0).Average();
        var rs = pages.Where(c => c.Tp + c.Fn > 0).Select(Recall).DefaultIfEmpty(0).Average();
        return (ps + rs == 0 ? 0 : 2 * ps * rs / (ps + rs), ps, rs);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Length - 3); i++)
        {
            var end = Math.Min(tokens.Length, i + 4);
            if (end <= i)
            {
                continue;
            }

            var key = string.Join('\u0001', tokens[i..end]);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
