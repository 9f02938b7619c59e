using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// A line that says only when ("Updated 11:21 pm CST, Tuesday, November 19, 2019", "PUBLISHED: 10:48,
/// Tue, Nov 19, 2019", "Publié le 14/03/2026 à 19h02", "02 Ago 2017"): every word is a number, a time,
/// a month or weekday name, a zone or a dateline word, in the languages pages are written in. Such a
/// line above the body is the article's dateline, not a paragraph to translate.
/// </summary>
internal static partial class DateLines
{
    /// <summary>Longer than this, a line says more than a date.</summary>
    private const int MaxLength = 100;

    /// <summary>Month and weekday names and their abbreviations: with a number, they make a date.</summary>
    private static readonly HashSet<string> MonthsAndDays = new(StringComparer.OrdinalIgnoreCase)
    {
        // en
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // fr
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "janv", "févr", "fév", "avr", "juil", "déc",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        // es, pt, it ("ago": agosto, and the English "3 hours ago" reads as well), de
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen", "ago", "set", "ott", "dic",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
    };

    /// <summary>The other words a date line may hold: dateline words, articles and prepositions, time zones, relative times.</summary>
    private static readonly HashSet<string> OtherDateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "modified", "last", "on", "at", "am", "pm", "a", "m", "p", "of", "the", "and", "today", "yesterday",
        "publié", "publiée", "publie", "mis", "à", "jour", "modifié", "modifiée", "le", "la", "du", "h", "et", "hier", "aujourd", "hui", "er",
        "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "veröffentlicht", "aktualisiert", "de", "del", "em", "às", "el", "um", "uhr", "feira",
        "utc", "gmt", "cet", "cest", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ist",
        "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "il", "y", "heure", "heures", "depuis",
    };

    /// <summary>The words that open a publication stamp.</summary>
    private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "modified", "publié", "publiée", "mis", "modifié", "modifiée", "publicado", "actualizado", "atualizado",
        "pubblicato", "aggiornato", "veröffentlicht", "aktualisiert",
    };

    /// <summary>True when <paramref name="text"/> is a date and time and nothing else.</summary>
    public static bool IsDateOnly(string text) =>
        Read(text) is { } words && ((words.Numbers >= 1 && words.Named >= 1) || (words.Numbers >= 3 && NumericDate().IsMatch(text)));

    /// <summary>
    /// A publication stamp ("Updated at 1:23 p.m.", "| UPDATED: 11:05, Tue, Nov 19, 2019", "Mis à jour le 15/03 à 08h40"):
    /// a dateline word, then only a date or time. Wherever it stands it is the page's, never a live blog's entry time.
    /// </summary>
    public static bool IsStamp(string text) =>
        Read(text) is { Numbers: >= 1, OpensWithStampWord: true };

    private static (int Numbers, int Named, bool OpensWithStampWord)? Read(string text)
    {
        if (text.Length > MaxLength)
        {
            return null;
        }

        var numbers = 0;
        var named = 0;
        var first = true;
        var stamped = false;
        foreach (Match word in Word().Matches(text))
        {
            var value = word.Value;
            if (Number().IsMatch(value))
            {
                numbers++;
            }
            else if (MonthsAndDays.Contains(value))
            {
                named++;
            }
            else if (OtherDateWords.Contains(value))
            {
                stamped |= first && StampWords.Contains(value);
            }
            else
            {
                return null;
            }

            first = false;
        }

        return (numbers, named, stamped);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A number, an ordinal ("19th", "1er", "2nd") or a time written as one word ("19h02", "10pm").</summary>
    [GeneratedRegex(@"^\d{1,4}(?:st|nd|rd|th|er|e|º|h\d{0,2}|am|pm)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
