using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// The visible shapes of a byline and a dateline in French and English: "Par Claire Vasseur — publié
/// le 14 octobre 2026", "By Jane Doe, Updated March 2, 2015", "Publié le … Mis à jour le …".
/// </summary>
internal static partial class BylinePatterns
{
    /// <summary>"Par Claire Vasseur — publié le 14 octobre 2026" → ("Par Claire Vasseur", "publié le 14 octobre 2026").</summary>
    public static bool TryRead(string text, out string byline, out string? dateline)
    {
        byline = string.Empty;
        dateline = null;
        var match = Byline().Match(text);
        if (!match.Success || text.Length > 160 || text.EndsWith('.'))
        {
            return false;
        }

        byline = match.Groups["who"].Value.Trim();
        dateline = match.Groups["when"].Success ? match.Groups["when"].Value.Trim() : null;
        return true;
    }

    /// <summary>
    /// A byline element's text without what the page puts beside the name: "Nicolas Perriault —", "James Akinaka • 8h",
    /// "Ben Silverman | Games Editor", "Tech Industry by Steven Musil January 18, 2017" → the name's part.
    /// </summary>
    public static string? Tidy(string text)
    {
        var tidy = TrailingDate().Replace(text.Trim(), string.Empty);
        if (InnerBy().Match(tidy) is { Success: true } inner)
        {
            tidy = inner.Groups["who"].Value;
        }

        var cut = tidy.IndexOfAny(['—', '–', '|', '•', '·']);
        if (cut > 1)
        {
            tidy = tidy[..cut];
        }

        tidy = TrailingDate().Replace(tidy, string.Empty).Trim().TrimEnd(',', ';', ':', '-');
        return tidy.Length == 0 ? null : tidy;
    }

    /// <summary>A line that is only a dateline ("Publié le 3 février 2026 à 06h30", "Updated 3:05 PM").</summary>
    public static bool IsDateline(string text) => text.Length <= 160 && Dateline().IsMatch(text);

    /// <summary>"Par Hélène Marchetti et Julien Bertaud" → ["Hélène Marchetti", "Julien Bertaud"]; an agency credit ("avec AFP") stays with its name.</summary>
    public static IReadOnlyList<string> Authors(string byline)
    {
        var names = Prefix().Replace(byline.Trim(), string.Empty);
        return [.. Separators().Split(names).Select(n => n.Trim()).Where(n => n.Length is > 1 and <= 80)];
    }

    [GeneratedRegex(@"^(?<who>(?:Par|By|BY|De|Von|Por)\s+[^—–|•·]{2,100}?)(?:(?:\s*[—–|•·]\s*|,?\s+(?=(?:[Pp]ublié|[Mm]is à jour|[Uu]pdated|[Pp]ublished|[Ll]e \d)))(?<when>.{4,120}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>A date or a time since publication after the name: "May 20, 2019", "le 3 février", "1 day ago", "8h".</summary>
    [GeneratedRegex(@"\s+(?:(?:on|le|the)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fév|avr|mai|juin|juil|août|sept|déc)\p{L}*\.?\s+)?\d.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();

    /// <summary>"Tech Industry by Steven Musil January 18, 2017 11:00 PM" → "by Steven Musil": the name after "by", up to a date or a handle.</summary>
    [GeneratedRegex(@"(?<who>\b(?:by|By|BY|par|Par)\s+\p{Lu}[^\d@|•—–·]{1,80}?)\s*(?=\d|@|$|[|•—–·]|\b(?:on|le|updated|published|mis à jour|publié)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex InnerBy();

    [GeneratedRegex(@"^(?:Publié|Mis à jour|Modifié|Published|Updated|Posted|Publication)\b.{0,120}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:Par|By|BY|De|Von|Por)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*,\s*|\s+(?:et|and)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
