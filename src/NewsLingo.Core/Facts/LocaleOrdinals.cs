using System.Globalization;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Ordinal numbers as each language writes them in figures: "25th" (en), "25.º" (es, pt), "25º"
/// (it), "25è" (ca), "25." (de), "25e" (fr). The grammatical gender a translation needs is unknown
/// here, so the masculine form is written.
/// </summary>
public static class LocaleOrdinals
{
    /// <summary><paramref name="value"/> as an ordinal in <paramref name="language"/>, or null for a language whose form is not known.</summary>
    public static string? Format(int value, string language)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return language.Split('-')[0].ToLowerInvariant() switch
        {
            "en" => digits + EnglishSuffix(value),
            "es" or "pt" => digits + ".º",
            "it" => digits + "º",
            "de" => digits + ".",
            "fr" => digits + (value == 1 ? "er" : "e"),
            "ca" => digits + (value switch { 1 or 3 => "r", 2 => "n", 4 => "t", _ => "è" }),
            _ => null,
        };
    }

    private static string EnglishSuffix(int value) =>
        (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
