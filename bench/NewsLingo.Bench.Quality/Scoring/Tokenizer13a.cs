using System.Text.RegularExpressions;

namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>
/// The "13a" tokenization of mteval-v13a.pl, sacrebleu's default for BLEU: a few entities decoded,
/// then punctuation split off, except periods and commas inside numbers ("2.3", "1,040") and dashes
/// not preceded by a digit ("well-known" stays, "1995-96" splits).
/// </summary>
public static partial class Tokenizer13a
{
    // Every ASCII symbol except . , ' and - : {|}~ [\]^_` space!"#$%& ()*+ :;<=>?@ /
    [GeneratedRegex(@"([\x7B-\x7E\x5B-\x60\x20-\x26\x28-\x2B\x3A-\x40\x2F])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"([^0-9])([.,])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOrCommaAfterNonDigit();

    [GeneratedRegex(@"([.,])([^0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOrCommaBeforeNonDigit();

    [GeneratedRegex(@"([0-9])(-)", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterDigit();

    /// <summary>The tokens of one segment, in order.</summary>
    public static string[] Tokenize(string segment)
    {
        if (segment.Length == 0)
        {
            return [];
        }

        // mteval's language-independent part; the line breaks only matter for multi-line input.
        var line = segment.Replace("<skipped>", "", StringComparison.Ordinal)
            .Replace("-\n", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = line.Replace("&quot;", "\"", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal);
        }

        // The padding spaces let the period/comma rules see a non-digit at either end of the line.
        line = $" {line} ";
        line = Symbol().Replace(line, " $1 ");
        line = PeriodOrCommaAfterNonDigit().Replace(line, "$1 $2 ");
        line = PeriodOrCommaBeforeNonDigit().Replace(line, " $1 $2");
        line = DashAfterDigit().Replace(line, "$1 $2 ");
        return PythonWhitespace.Split(line);
    }
}
