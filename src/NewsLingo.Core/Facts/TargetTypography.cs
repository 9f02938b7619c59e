using System.Text;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Writes what a backend left in the source's conventions in the target's: a number, percentage or
/// amount it copied ("2,3 %", "3 000") in the target's separators and percent spacing, and the
/// spacing French typography puts where the target puts none (before ; : ! ?, inside « »). Blank
/// runs become one space. Numbers the backend already wrote differently, and digits without
/// separators (years), are left alone.
/// </summary>
internal static partial class TargetTypography
{
    /// <summary><paramref name="text"/> with each copied fact of <paramref name="pairs"/> rewritten; how many were.</summary>
    public static (string Text, int Localized) LocalizeNumbers(string text, IReadOnlyList<(Fact Source, Fact Translated)> pairs, string target)
    {
        var rewrites = new List<(int Start, int Length, string With)>();
        foreach (var (source, translated) in pairs)
        {
            if (translated.Kind == FactKind.Ordinal)
            {
                if (translated.InSourceFormat && LocaleOrdinals.Format(int.Parse(translated.Key.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture), target) is { } ordinal)
                {
                    rewrites.Add((translated.Start, translated.Text.Length, ordinal));
                }

                continue;
            }

            if (translated.Kind == FactKind.Time)
            {
                // "11 h 30" is French only: other targets write the clock (or a duration's hours and minutes) as "11:30".
                if (target != "fr" && FrenchClock().Match(translated.Text) is { Success: true } clock)
                {
                    rewrites.Add((translated.Start, translated.Text.Length, $"{clock.Groups["h"].Value}:{clock.Groups["m"].Value}"));
                }

                continue;
            }

            var percent = translated.Kind == FactKind.Percent && translated.Text.TrimEnd().EndsWith('%');
            if (translated.Number is not { } number || source.Number is not { } original || !(HasSeparator(number.Text) || percent) || number.Text != original.Text)
            {
                continue;
            }

            var native = percent
                ? LocaleNumbers.FormatPercent(number.Value, number.Decimals, target)
                : LocaleNumbers.Format(number.Value, number.Decimals, target);
            var span = percent
                ? (Start: number.Start, Length: translated.End - number.Start)
                : (Start: number.Start, Length: number.Text.Length);
            if (SameButBlanks(text.AsSpan(span.Start, span.Length), native))
            {
                continue;
            }

            rewrites.Add((span.Start, span.Length, native));
        }

        if (rewrites.Count == 0)
        {
            return (text, 0);
        }

        var result = new StringBuilder(text);
        foreach (var (start, length, with) in rewrites.OrderByDescending(r => r.Start))
        {
            result.Remove(start, length).Insert(start, with);
        }

        return (result.ToString(), rewrites.Count);
    }

    /// <summary>Blank runs as one space; for a target other than French, no space before ; : ! ? , . ) and none inside « », which English writes “ ”.</summary>
    public static string Tidy(string text, string target)
    {
        var tidy = Blanks().Replace(text, " ");
        if (target == "fr")
        {
            return tidy;
        }

        tidy = SpaceBeforePunctuation().Replace(tidy, "$1");
        tidy = SpaceInsideGuillemets().Replace(tidy, m => m.Value.Trim() == "«" ? "«" : "»");
        if (target == "en")
        {
            tidy = tidy.Replace('«', '“').Replace('»', '”');
        }

        return tidy;
    }

    /// <summary>Equal but for the kind of space: a backend's "2,3 %" with a plain space is already Spanish.</summary>
    private static bool SameButBlanks(ReadOnlySpan<char> written, string native)
    {
        if (written.Length != native.Length)
        {
            return false;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != native[i] && !(IsBlank(written[i]) && IsBlank(native[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool HasSeparator(string digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})[ \u00A0\u202F]?h[ \u00A0\u202F]?(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchClock();

    [GeneratedRegex(@"[ \u00A0\u202F\t]{2,}")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"(?<=\S)[ \u00A0\u202F]+([;:!?,.)])(?!\d)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"«[ \u00A0\u202F]+|[ \u00A0\u202F]+»")]
    private static partial Regex SpaceInsideGuillemets();
}
