using System.Globalization;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Reads and writes numbers the way a language does, from .NET's culture data (CLDR): decimal and
/// group separators, percent spacing, and CLDR's minimum grouping digits (Spanish and European
/// Portuguese leave four-digit numbers ungrouped). A space between groups of three is read in every
/// language (the SI style French uses).
/// </summary>
public static class LocaleNumbers
{
    private static readonly HashSet<string> TwoMinimumGroupingDigits = new(StringComparer.OrdinalIgnoreCase) { "es", "pl", "pt-PT" };

    /// <summary>The value <paramref name="token"/> stands for in <paramref name="language"/>, or null when that language would not write it so.</summary>
    public static (decimal Value, int Decimals)? Parse(string token, string language)
    {
        var format = FormatOf(language);
        var decimalSeparator = format.NumberDecimalSeparator[0];
        var groupIsSpace = char.IsWhiteSpace(format.NumberGroupSeparator[0]);

        // Spaces between digits are group separators whatever the language; anything else must be this language's.
        var compact = new System.Text.StringBuilder(token.Length);
        var groups = new List<int>();
        var run = 0;
        var decimals = -1;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                compact.Append(c);
                run++;
                if (decimals >= 0)
                {
                    decimals++;
                }

                continue;
            }

            if (decimals >= 0)
            {
                return null;
            }

            if (c == decimalSeparator)
            {
                groups.Add(run);
                decimals = 0;
                compact.Append('.');
                run = 0;
            }
            else if (char.IsWhiteSpace(c) || c == format.NumberGroupSeparator[0] || (groupIsSpace && c == '.' && decimalSeparator == ','))
            {
                groups.Add(run);
                run = 0;
            }
            else
            {
                return null;
            }
        }

        if (decimals < 0)
        {
            groups.Add(run);
        }

        // Groups after the first are three digits, and the first at most three, when there are groups at all.
        if (groups.Count > 1 && (groups[0] is 0 or > 3 || groups.Skip(1).Any(g => g != 3)))
        {
            return null;
        }

        if (decimals == 0)
        {
            return null;
        }

        return decimal.TryParse(compact.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value, Math.Max(0, decimals))
            : null;
    }

    /// <summary><paramref name="value"/> as <paramref name="language"/> writes it, with <paramref name="decimals"/> decimals.</summary>
    public static string Format(decimal value, int decimals, string language)
    {
        var format = FormatOf(language);
        var ungrouped = Math.Abs(value) < 10_000 && TwoMinimumGroupingDigits.Contains(language);
        return value.ToString((ungrouped ? "F" : "N") + decimals.ToString(CultureInfo.InvariantCulture), format);
    }

    /// <summary>A percentage as <paramref name="language"/> writes it: "2.3%" in English, "2,3 %" in Spanish.</summary>
    public static string FormatPercent(decimal value, int decimals, string language)
    {
        var format = FormatOf(language);
        var number = Format(value, decimals, language);
        return format.PercentPositivePattern == 0 ? number + "\u00A0" + format.PercentSymbol : number + format.PercentSymbol;
    }

    /// <summary>True when <paramref name="language"/> writes a percent sign after a space ("2,3 %").</summary>
    public static bool SpacesPercent(string language) => FormatOf(language).PercentPositivePattern == 0;

    private static NumberFormatInfo FormatOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).NumberFormat;
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture.NumberFormat;
        }
    }
}
