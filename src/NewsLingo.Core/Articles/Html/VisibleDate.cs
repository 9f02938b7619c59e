using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The first date a visible dateline gives, in French or English ("Publié le 14 octobre 2026 à 18h05",
/// "le 14/10/2026 à 18:05", "Updated March 2, 2015 3:05 PM"), for pages whose markup declares none.
/// No zone is written on pages: a French date is taken as Paris time, others as UTC.
/// </summary>
internal static partial class VisibleDate
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (French().Match(text) is { Success: true } fr)
        {
            var month = Array.IndexOf(FrenchMonths, fr.Groups["month"].Value.ToLowerInvariant().Replace("fevrier", "février").Replace("aout", "août").Replace("decembre", "décembre")) + 1;
            return At(fr, month, french: true);
        }

        if (Numeric().Match(text) is { Success: true } numeric)
        {
            return At(numeric, int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture), french: true);
        }

        if (English().Match(text) is { Success: true } en)
        {
            var name = en.Groups["month"].Value.ToLowerInvariant();
            var month = Array.FindIndex(EnglishMonths, m => m.StartsWith(name[..Math.Min(3, name.Length)], StringComparison.Ordinal)) + 1;
            var hour = en.Groups["hour"].Success ? int.Parse(en.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
            if (en.Groups["pm"].Success)
            {
                hour = (hour % 12) + (char.ToLowerInvariant(en.Groups["pm"].Value[0]) == 'p' ? 12 : 0);
            }

            return Build(int.Parse(en.Groups["year"].Value, CultureInfo.InvariantCulture), month, int.Parse(en.Groups["day"].Value, CultureInfo.InvariantCulture), hour, Minute(en), french: false);
        }

        return null;
    }

    private static DateTimeOffset? At(Match match, int month, bool french)
    {
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        return Build(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture), hour, Minute(match), french);
    }

    private static int Minute(Match match) => match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, bool french)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 23 || minute > 59 || year is < 1990 or > 2200 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, french ? ParisOffset(local) : TimeSpan.Zero);
    }

    private static TimeSpan ParisOffset(DateTime local)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(local);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without time zone data: a date off by an hour or two beats no date.
            return TimeSpan.Zero;
        }
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:er)?\s+(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+(?<year>\d{4})(?:\s*(?:à|,|-)?\s*(?<hour>\d{1,2})\s*[h:]\s*(?<minute>\d{2})?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(@"\b(?<day>\d{1,2})[/.](?<month>\d{1,2})[/.](?<year>\d{4})(?:\s*(?:à|,|-)?\s*(?<hour>\d{1,2})\s*[h:]\s*(?<minute>\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?:,?\s*(?:at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<pm>[ap]\.?m\.?)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();
}
