namespace NewsLingo.Core.Facts;

/// <summary>
/// The words a language writes facts with: month names, scale words ("milliard" = 10⁹), currency
/// names and symbols, percent words, ordinal suffixes, and the connectors between a day and its
/// month ("7 de marzo"). Data for fr, en, es, ca, de, it, pt; other languages fall back to English
/// words with their own number format.
/// </summary>
internal sealed record FactLexicon(
    string Language,
    IReadOnlyList<string[]> Months,
    IReadOnlyDictionary<string, decimal> Scales,
    IReadOnlyDictionary<string, string> Currencies,
    IReadOnlyList<string> PercentWords,
    string OrdinalSuffix,
    string DayMonthLink,
    string AmountLink)
{
    /// <summary>True for languages that capitalise month names (English "May", German "Mai"): matched case-sensitively, so the verb "may" is no date.</summary>
    public bool CapitalisedMonths => Language is "en" or "de";

    private static readonly IReadOnlyDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["€"] = "EUR", ["EUR"] = "EUR", ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["£"] = "GBP", ["GBP"] = "GBP", ["CHF"] = "CHF", ["¥"] = "JPY", ["JPY"] = "JPY",
    };

    private static readonly Dictionary<string, FactLexicon> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = new(
            "fr",
            MonthList(["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"]),
            ScaleList(("mille", 1e3m), ("million", 1e6m), ("millions", 1e6m), ("milliard", 1e9m), ("milliards", 1e9m), ("billion", 1e12m), ("billions", 1e12m)),
            CurrencyList(("euro", "EUR"), ("euros", "EUR"), ("dollar", "USD"), ("dollars", "USD"), ("livre sterling", "GBP"), ("livres sterling", "GBP"), ("franc suisse", "CHF"), ("francs suisses", "CHF"), ("yen", "JPY"), ("yens", "JPY")),
            ["pour cent", "pourcent", "pour-cent"],
            @"(?:er|re|e|ème|eme|nd|nde)",
            @"(?:er)?",
            @"(?:\s+(?:d'|d’|de\s+))?"),
        ["en"] = new(
            "en",
            MonthList(["january", "jan."], ["february", "feb."], ["march", "mar."], ["april", "apr."], ["may"], ["june"], ["july"], ["august", "aug."], ["september", "sept.", "sep."], ["october", "oct."], ["november", "nov."], ["december", "dec."]),
            ScaleList(("thousand", 1e3m), ("million", 1e6m), ("millions", 1e6m), ("billion", 1e9m), ("billions", 1e9m), ("bn", 1e9m), ("trillion", 1e12m), ("trillions", 1e12m)),
            CurrencyList(("euro", "EUR"), ("euros", "EUR"), ("dollar", "USD"), ("dollars", "USD"), ("pound", "GBP"), ("pounds", "GBP"), ("pound sterling", "GBP"), ("pounds sterling", "GBP"), ("swiss franc", "CHF"), ("swiss francs", "CHF"), ("yen", "JPY")),
            ["per cent", "percent", "pc"],
            @"(?:st|nd|rd|th)",
            @"(?:st|nd|rd|th)?(?:\s+of)?",
            @"(?:\s+of)?"),
        ["es"] = new(
            "es",
            MonthList(["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]),
            ScaleList(("mil", 1e3m), ("millón", 1e6m), ("millon", 1e6m), ("millones", 1e6m), ("mil millones", 1e9m), ("millardo", 1e9m), ("millardos", 1e9m), ("billón", 1e12m), ("billones", 1e12m)),
            CurrencyList(("euro", "EUR"), ("euros", "EUR"), ("dólar", "USD"), ("dólares", "USD"), ("dolar", "USD"), ("dolares", "USD"), ("libra esterlina", "GBP"), ("libras esterlinas", "GBP"), ("libra", "GBP"), ("libras", "GBP"), ("franco suizo", "CHF"), ("francos suizos", "CHF"), ("yen", "JPY"), ("yenes", "JPY")),
            ["por ciento", "por cien"],
            @"(?:\.?[ºª°]|\.?er|\.?o|\.?a)",
            @"(?:(?:\.?[ºª°])?\s+de|\.?[ºª°])",
            @"(?:\s+de(?:\s+los)?)?"),
        ["ca"] = new(
            "ca",
            MonthList(["gener"], ["febrer"], ["març", "marc"], ["abril"], ["maig"], ["juny"], ["juliol"], ["agost"], ["setembre"], ["octubre"], ["novembre"], ["desembre"]),
            ScaleList(("mil", 1e3m), ("milió", 1e6m), ("milio", 1e6m), ("milions", 1e6m), ("mil milions", 1e9m), ("miliard", 1e9m), ("miliards", 1e9m), ("bilió", 1e12m), ("bilions", 1e12m)),
            CurrencyList(("euro", "EUR"), ("euros", "EUR"), ("dòlar", "USD"), ("dòlars", "USD"), ("dolar", "USD"), ("dolars", "USD"), ("lliura", "GBP"), ("lliures", "GBP"), ("franc suís", "CHF"), ("francs suïssos", "CHF"), ("ien", "JPY")),
            ["per cent"],
            @"(?:r|n|t|è|a|er|na|[ºª°])",
            @"(?:\s+de|\s+d'|\s+d’)",
            @"(?:\s+(?:de|d'|d’|dels)\s*)?"),
        ["de"] = new(
            "de",
            MonthList(["januar", "jänner"], ["februar"], ["märz", "maerz"], ["april"], ["mai"], ["juni"], ["juli"], ["august"], ["september"], ["oktober"], ["november"], ["dezember"]),
            ScaleList(("tausend", 1e3m), ("million", 1e6m), ("millionen", 1e6m), ("mio.", 1e6m), ("milliarde", 1e9m), ("milliarden", 1e9m), ("mrd.", 1e9m), ("billion", 1e12m), ("billionen", 1e12m)),
            CurrencyList(("euro", "EUR"), ("dollar", "USD"), ("us-dollar", "USD"), ("pfund", "GBP"), ("franken", "CHF"), ("yen", "JPY")),
            ["prozent"],
            @"(?!)",
            @"\.",
            string.Empty),
        ["it"] = new(
            "it",
            MonthList(["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"], ["settembre"], ["ottobre"], ["novembre"], ["dicembre"]),
            ScaleList(("mila", 1e3m), ("mille", 1e3m), ("milione", 1e6m), ("milioni", 1e6m), ("miliardo", 1e9m), ("miliardi", 1e9m), ("bilione", 1e12m), ("bilioni", 1e12m)),
            CurrencyList(("euro", "EUR"), ("dollaro", "USD"), ("dollari", "USD"), ("sterlina", "GBP"), ("sterline", "GBP"), ("franco svizzero", "CHF"), ("franchi svizzeri", "CHF"), ("yen", "JPY")),
            ["per cento", "percento"],
            @"(?:[ºª°]|\.?o|\.?a)",
            @"(?:[ºª°])?",
            @"(?:\s+di)?"),
        ["pt"] = new(
            "pt",
            MonthList(["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"], ["julho"], ["agosto"], ["setembro"], ["outubro"], ["novembro"], ["dezembro"]),
            ScaleList(("mil", 1e3m), ("milhão", 1e6m), ("milhao", 1e6m), ("milhões", 1e6m), ("milhoes", 1e6m), ("mil milhões", 1e9m), ("bilhão", 1e9m), ("bilhões", 1e9m), ("bilião", 1e12m), ("biliões", 1e12m)),
            CurrencyList(("euro", "EUR"), ("euros", "EUR"), ("dólar", "USD"), ("dólares", "USD"), ("libra", "GBP"), ("libras", "GBP"), ("franco suíço", "CHF"), ("francos suíços", "CHF"), ("iene", "JPY"), ("ienes", "JPY")),
            ["por cento"],
            @"(?:\.?[ºª°])",
            @"(?:(?:\.?[ºª°])?\s+de|\.?[ºª°])",
            @"(?:\s+de)?"),
    };

    /// <summary>The lexicon of <paramref name="language"/> (a primary subtag), English words for a language without its own.</summary>
    public static FactLexicon For(string language) =>
        ByLanguage.TryGetValue(language, out var lexicon) ? lexicon : ByLanguage["en"] with { Language = language };

    /// <summary>ISO code of a currency symbol or code ("€", "USD"), or null.</summary>
    public static string? SymbolCurrency(string symbol) => Symbols.GetValueOrDefault(symbol);

    public static IEnumerable<string> CurrencySymbols => Symbols.Keys;

    /// <summary>The month (1-12) a name stands for, or 0.</summary>
    public int MonthOf(string name)
    {
        for (var m = 0; m < Months.Count; m++)
        {
            foreach (var spelling in Months[m])
            {
                if (string.Equals(spelling, name, StringComparison.OrdinalIgnoreCase))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }

    private static List<string[]> MonthList(params string[][] months) => [.. months];

    private static Dictionary<string, decimal> ScaleList(params (string Word, decimal Factor)[] scales) =>
        scales.ToDictionary(s => s.Word, s => s.Factor, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> CurrencyList(params (string Word, string Code)[] currencies) =>
        currencies.ToDictionary(c => c.Word, c => c.Code, StringComparer.OrdinalIgnoreCase);
}
