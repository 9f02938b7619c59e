using System.Globalization;

namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>
/// The expected figures of sacrebleu's own test suite (test/test_bleu.py, test/test_chrf.py) that
/// apply to the defaults implemented here, re-run on this implementation. They pin the corner cases
/// a corpus of real sentences never reaches: empty hypotheses, unmatched orders, several references.
/// </summary>
public static class SacrebleuCases
{
    private const double Tolerance = 1e-4;

    /// <summary>Prints one line per case; true when all hold.</summary>
    public static bool Run(TextWriter output)
    {
        string[] hypotheses = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];
        IReadOnlyList<string>[] references =
        [
            ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
            ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
        ];
        var single = Bleu.Score(["am I am a character sequence"], ["I am a symbol string sequence a a"]);
        var cases = new (string Name, double Actual, double Expected)[]
        {
            ("BLEU, README example, two references", Bleu.Score(hypotheses, references).Score, 48.530827),
            ("BLEU, empty hypotheses are kept", Bleu.Score(["", "", ""], references).Score, 0.0),
            ("BLEU, from statistics 9/10 7/8 5/6 3/4, lengths 11/11", Bleu.FromStatistics([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).Score, 83.75922397),
            // test_case_statistics gives the counts 4/6, 2/5, 1/4, 0/3; the 4-gram is exp-smoothed to 1/(2·3).
            ("BLEU, unigram precision 4/6", single.Precisions[0], 100.0 * 4 / 6),
            ("BLEU, bigram precision 2/5", single.Precisions[1], 100.0 * 2 / 5),
            ("BLEU, trigram precision 1/4", single.Precisions[2], 100.0 * 1 / 4),
            ("BLEU, unmatched 4-gram smoothed to 1/(2*3)", single.Precisions[3], 100.0 / 6),
            // test_chrf_eff_order: sacrebleu's default (no epsilon) smoothing, with beta 3.
            ("chrF3, a / a", ChrF.Score(["a"], ["a"], beta: 3), 100.0),
            ("chrF3, empty / reference", ChrF.Score([""], ["reference"], beta: 3), 0.0),
            ("chrF3, a b c / a b c", ChrF.Score(["a b c"], ["a b c"], beta: 3), 100.0),
            ("chrF3, a b c / abc (whitespace ignored)", ChrF.Score(["a b c"], ["abc"], beta: 3), 100.0),
            ("chrF3, empty / c", ChrF.Score([""], ["c"], beta: 3), 0.0),
            ("chrF3, a b / a c", ChrF.Score(["a", "b"], ["a", "c"], beta: 3), 50.0),
            ("chrF3, aa / ab", ChrF.Score(["aa"], ["ab"], beta: 3), 25.0),
        };

        var failures = 0;
        foreach (var (name, actual, expected) in cases)
        {
            var holds = Math.Abs(actual - expected) < Tolerance;
            failures += holds ? 0 : 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(holds ? "ok  " : "FAIL")} {name}: {actual:F6} (sacrebleu {expected:F6})"));
        }

        output.WriteLine($"{cases.Length - failures} passed, {failures} failed");
        return failures == 0;
    }
}
