using System.Globalization;

namespace NewsLingo.Core.Articles.Html;

/// <summary>Dates as pages declare them in markup: ISO 8601 mostly ("2026-10-14T18:05:00+02:00"), sometimes without a zone (taken as UTC).</summary>
internal static class DeclaredDate
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date) && date.Year is > 1990 and < 2200)
        {
            return date;
        }

        // "20261014T180500Z" and other compact forms seen in the wild.
        string[] compact = ["yyyyMMdd'T'HHmmssK", "yyyyMMdd", "yyyy-MM-dd'T'HH:mm:ss.fffffffK"];
        return DateTimeOffset.TryParseExact(trimmed, compact, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date) ? date : null;
    }
}
