using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Finds the facts of a text in its own language's conventions: dates ("7 mars", "30 septembre
/// 2026", "March 7"), times ("2 h 40", "14:30"), amounts ("38 milliards d'euros", "$12.5
/// million"), percentages, ordinals ("1er", "2nd") and numbers (grouped thousands, decimals,
/// scale words), each with its value. A number written in another language's format is read too,
/// when a fallback language is given (a translation that kept the source's "2,3").
/// Thread-safe; the patterns of a language are built once.
/// </summary>
public static class FactExtractor
{
    private static readonly ConcurrentDictionary<string, FactPatterns> Patterns = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="text">Plain text (no markup).</param>
    /// <param name="language">The text's language tag ("fr", "pt-PT").</param>
    /// <param name="fallbackLanguage">Another language whose number format the text may still use, or null.</param>
    public static IReadOnlyList<Fact> Extract(string text, string language, string? fallbackLanguage = null)
    {
        if (!HasDigit(text))
        {
            return [];
        }

        var primary = language.Split('-')[0];
        var lexicon = FactLexicon.For(primary);
        var patterns = Patterns.GetOrAdd(primary, static (_, l) => new FactPatterns(l), lexicon);
        var facts = new List<Fact>();
        var taken = new bool[text.Length];

        Collect(patterns.DayMonth, text, taken, facts, m => Date(m, lexicon));
        Collect(patterns.MonthDay, text, taken, facts, m => Date(m, lexicon));
        Collect(patterns.MonthYear, text, taken, facts, m => Date(m, lexicon));

        // What the backend copied in the source's words keeps its value: a date it left untranslated ("7 mars" in English) is no lost fact.
        var foreign = fallbackLanguage is not null && !string.Equals(fallbackLanguage.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase)
            ? FactLexicon.For(fallbackLanguage.Split('-')[0])
            : null;
        var foreignPatterns = foreign is null ? null : Patterns.GetOrAdd(foreign.Language, static (_, l) => new FactPatterns(l), foreign);
        if (foreignPatterns is not null)
        {
            Collect(foreignPatterns.DayMonth, text, taken, facts, m => Date(m, foreign!));
            Collect(foreignPatterns.MonthDay, text, taken, facts, m => Date(m, foreign!));
            Collect(foreignPatterns.MonthYear, text, taken, facts, m => Date(m, foreign!));
        }

        Collect(patterns.Time, text, taken, facts, Time);
        Collect(patterns.Amount, text, taken, facts, m => Amount(m, lexicon, language, fallbackLanguage));
        Collect(patterns.Percent, text, taken, facts, m => Percent(m, language, fallbackLanguage));
        Collect(patterns.Ordinal, text, taken, facts, m => Ordinal(m, copied: false));
        if (foreignPatterns is not null)
        {
            // An ordinal with the source's suffix ("25e" in English) is rewritten; an amount in its words keeps its value.
            Collect(foreignPatterns.Amount, text, taken, facts, m => Amount(m, foreign!, language, fallbackLanguage));
            Collect(foreignPatterns.Ordinal, text, taken, facts, m => Ordinal(m, copied: true));
        }

        Collect(patterns.Plain, text, taken, facts, m => Plain(m, lexicon, language, fallbackLanguage));
        facts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return facts;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <remarks>
    /// A pattern that runs out of its time budget (<see cref="FactPatterns"/>) has found what it found so far:
    /// the check is a safeguard on the translation and never fails it (on a loaded machine, or on a segment
    /// of thousands of grouped digits, the amount pattern ran out of time and the request ended INTERNAL).
    /// </remarks>
    private static void Collect(Regex pattern, string text, bool[] taken, List<Fact> facts, Func<Match, Fact?> read)
    {
        try
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (IsTaken(taken, match.Index, match.Length) || read(match) is not { } fact)
                {
                    continue;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                facts.Add(fact);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Out of time: the facts found so far are checked, the rest of this pattern's are not.
        }
    }

    private static bool IsTaken(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static Fact? Date(Match match, FactLexicon lexicon)
    {
        var month = lexicon.MonthOf(Regex.Replace(match.Groups["m"].Value, @"\s+", " "));
        if (month == 0)
        {
            return null;
        }

        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (day > 31)
        {
            return null;
        }

        var year = match.Groups["y"].Success ? match.Groups["y"].Value : null;
        var key = (day, year) switch
        {
            (0, null) => null,
            (0, _) => $"date:{year}-{month:00}",
            (_, null) => $"date:{month:00}-{day:00}",
            _ => $"date:{year}-{month:00}-{day:00}",
        };
        return key is null ? null : new Fact(FactKind.Date, key, match.Value, match.Index);
    }

    private static Fact Ordinal(Match match, bool copied) =>
        new(FactKind.Ordinal, "ord:" + int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture), match.Value, match.Index) { InSourceFormat = copied };

    private static Fact? Time(Match match)
    {
        var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minutes = match.Groups["min"].Success ? int.Parse(match.Groups["min"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ap"].Success)
        {
            var pm = match.Groups["ap"].Value.StartsWith('p') || match.Groups["ap"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        return hour > 24 || minutes > 59 ? null : new Fact(FactKind.Time, $"time:{hour:00}:{minutes:00}", match.Value, match.Index);
    }

    private static Fact? Amount(Match match, FactLexicon lexicon, string language, string? fallback)
    {
        if (Read(match.Groups["n"], language, fallback) is not { } number)
        {
            return null;
        }

        var currencyWord = Regex.Replace(match.Groups["cur"].Value, @"\s+", " ");
        var currency = FactLexicon.SymbolCurrency(currencyWord) ?? lexicon.Currencies.GetValueOrDefault(currencyWord);
        if (currency is null)
        {
            return null;
        }

        var value = Scaled(number.Value, match.Groups["s"], lexicon);
        return new Fact(FactKind.Amount, $"amt:{Canonical(value)}:{currency}", match.Value, match.Index, AlternateOf(match.Groups["n"], match.Groups["s"], lexicon, language, fallback, v => $"amt:{v}:{currency}")) { Number = number };
    }

    private static Fact? Percent(Match match, string language, string? fallback)
    {
        if (Read(match.Groups["n"], language, fallback) is not { } number)
        {
            return null;
        }

        return new Fact(FactKind.Percent, $"pct:{Canonical(number.Value)}", match.Value, match.Index, AlternateOf(match.Groups["n"], null, null, language, fallback, v => $"pct:{v}")) { Number = number };
    }

    private static Fact? Plain(Match match, FactLexicon lexicon, string language, string? fallback)
    {
        if (Read(match.Groups["n"], language, fallback) is not { } number)
        {
            return null;
        }

        var value = Scaled(number.Value, match.Groups["s"], lexicon);
        return new Fact(FactKind.Number, $"num:{Canonical(value)}", match.Value, match.Index, AlternateOf(match.Groups["n"], match.Groups["s"], lexicon, language, fallback, v => $"num:{v}")) { Number = number };
    }

    /// <summary>The number read in the text's language, else in the fallback's; null when neither writes it so.</summary>
    private static WrittenNumber? Read(Group digits, string language, string? fallback)
    {
        if (LocaleNumbers.Parse(digits.Value, language) is { } native)
        {
            return new WrittenNumber(digits.Index, digits.Value, native.Value, native.Decimals, NativeFormat: true);
        }

        return fallback is not null && LocaleNumbers.Parse(digits.Value, fallback) is { } foreign
            ? new WrittenNumber(digits.Index, digits.Value, foreign.Value, foreign.Decimals, NativeFormat: false)
            : null;
    }

    /// <summary>
    /// The fallback language's reading when it differs from the native one ("1,500" is 1500 in
    /// English, 1.5 in French): a translation that kept the source's format still matches.
    /// </summary>
    private static string? AlternateOf(Group digits, Group? scale, FactLexicon? lexicon, string language, string? fallback, Func<string, string> key)
    {
        if (fallback is null || LocaleNumbers.Parse(digits.Value, language) is null || LocaleNumbers.Parse(digits.Value, fallback) is not { } foreign)
        {
            return null;
        }

        var value = scale is not null && lexicon is not null ? Scaled(foreign.Value, scale, lexicon) : foreign.Value;
        return key(Canonical(value));
    }

    private static decimal Scaled(decimal value, Group scale, FactLexicon lexicon) =>
        scale.Success && lexicon.Scales.TryGetValue(Regex.Replace(scale.Value, @"\s+", " "), out var factor) ? value * factor : value;

    /// <summary>A value as invariant digits without trailing zeros: 2.30 and 2.3 are the same fact.</summary>
    public static string Canonical(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
