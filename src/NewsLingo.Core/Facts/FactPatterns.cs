using System.Text.RegularExpressions;

namespace NewsLingo.Core.Facts;

/// <summary>The regular expressions one language's facts are found with, built once from its <see cref="FactLexicon"/>.</summary>
internal sealed class FactPatterns
{
    /// <summary>Digits with group or decimal separators: "3 000", "2,3", "1,500.75", "2025".</summary>
    public const string Number = @"(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)";

    private const string Before = @"(?<![\p{L}\p{N}.,])";
    private const string After = @"(?![\p{N}])";
    // Built once per language and run on every translated segment: compiled.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    public FactPatterns(FactLexicon lexicon)
    {
        var months = Alternation(lexicon.Months.SelectMany(m => m).Select(m => lexicon.CapitalisedMonths ? char.ToUpperInvariant(m[0]) + m[1..] : m));
        var dateOptions = lexicon.CapitalisedMonths ? RegexOptions.CultureInvariant | RegexOptions.Compiled : Options;
        var scales = Alternation(lexicon.Scales.Keys);
        var currencies = Alternation(lexicon.Currencies.Keys.Concat(FactLexicon.CurrencySymbols));
        var symbols = Alternation(FactLexicon.CurrencySymbols.Where(s => s.Length <= 3 && !char.IsLetter(s[^1])));
        var percents = Alternation(lexicon.PercentWords);
        const string year = @"(?:,?\s+(?:de\s+|del\s+|of\s+)?(?<y>\d{4}))?(?!\d)";

        DayMonth = new Regex($@"{Before}(?<d>\d{{1,2}}){lexicon.DayMonthLink}\s*(?<m>{months})(?![\p{{L}}]){year}", dateOptions, Budget);
        MonthDay = new Regex($@"(?<![\p{{L}}])(?<m>{months})\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\p{{L}}\d]){year}", dateOptions, Budget);
        MonthYear = new Regex($@"(?<![\p{{L}}])(?<m>{months})\s+(?:de\s+|of\s+|del\s+)?(?<y>\d{{4}})(?!\d)", dateOptions, Budget);
        Time = new Regex(
            @"(?<![\p{L}\p{N}.,])(?:(?<h>\d{1,2})\s?(?:h|H)\s?(?<min>\d{2})?(?![\p{L}\d])|(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?<ap>a\.m\.|p\.m\.|am|pm))?(?!\d)|(?<h>\d{1,2})(?:[.:](?<min>\d{2}))?\s*(?:Uhr|uur)(?![\p{L}])|(?<h>\d{1,2})\s*(?<ap>a\.m\.|p\.m\.|am|pm)(?![\p{L}]))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled,
            Budget);
        Amount = new Regex(
            $@"(?:(?<cur>{symbols})\s?(?<n>{Number})(?:\s+(?<s>{scales})(?![\p{{L}}·]))?|{Before}(?<n>{Number}){After}(?:\s+(?<s>{scales})(?![\p{{L}}·]))?\s*{lexicon.AmountLink}\s*(?<cur>{currencies})(?![\p{{L}}]))",
            Options,
            Budget);
        Percent = new Regex($@"{Before}(?<n>{Number}){After}\s?(?:%|(?:{percents})(?![\p{{L}}]))", Options, Budget);
        Ordinal = new Regex($@"{Before}(?<n>\d{{1,4}})(?<suffix>{lexicon.OrdinalSuffix})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled, Budget);
        Plain = new Regex($@"{Before}(?<n>{Number}){After}(?:\s+(?<s>{scales})(?![\p{{L}}·]))?", Options, Budget);

        // Each pattern runs once here, so its compiled code is jitted now and not inside a segment's time budget
        // (on a loaded machine the first match of a fresh pattern ran past the budget on a ten-word sentence).
        foreach (var pattern in new[] { DayMonth, MonthDay, MonthYear, Time, Amount, Percent, Ordinal, Plain })
        {
            try
            {
                pattern.IsMatch("Le 7 mars 2026 à 14 h 30, 3 000 habitants, 2,3 %, 1,87 euro, le 25e.");
            }
            catch (RegexMatchTimeoutException)
            {
                // Jitted all the same.
            }
        }
    }

    public Regex DayMonth { get; }

    public Regex MonthDay { get; }

    public Regex MonthYear { get; }

    public Regex Time { get; }

    public Regex Amount { get; }

    public Regex Percent { get; }

    public Regex Ordinal { get; }

    public Regex Plain { get; }

    /// <summary>Longest first, so "mil millones" wins over "mil"; each spelling escaped, spaces matching any blank.</summary>
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
}
