using AngleSharp.Dom;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The byline and dateline a page shows, looked for on the untouched page (main-content detection
/// often leaves the article's header out): the first short element shaped like "Par … · 8 avril 2026",
/// and the first date-classed or &lt;time&gt; element whose text reads as a date. One walk of the page,
/// reading an element's whole text only when its own first words look like a byline, or it is marked as a date.
/// </summary>
internal static class VisibleCredits
{
    private const int MaxLength = 160;

    private static readonly HashSet<string> TextElements = new(StringComparer.Ordinal) { "p", "span", "div", "li", "address", "small", "time", "header", "a" };

    public static (string? Byline, string? Dateline) Find(IDocument document)
    {
        string? byline = null;
        string? dateline = null;
        string? shownDate = null;
        IElement? shownDateElement = null;
        if (document.Body is not { } body)
        {
            return (null, null);
        }

        foreach (var element in body.Descendants<IElement>())
        {
            if (byline is null && TextElements.Contains(element.LocalName) && element.ChildElementCount <= 6 && OpensLikeAByline(element)
                && Short(element) is { } text && BylinePatterns.TryRead(text, out var who, out var when))
            {
                byline = who;
                dateline ??= when;
            }

            // The innermost marked element wins: a "meta" block holding the date beside the reading time gives way to its date.
            if ((shownDate is null || shownDateElement!.Contains(element)) && IsMarkedAsDate(element) && Short(element) is { Length: >= 6 } date
                && (BylinePatterns.IsDateline(date) || VisibleDate.Parse(date) is not null))
            {
                shownDate = date;
                shownDateElement = element;
            }

            // Past the date element's own descendants, nothing more specific can come.
            if (byline is not null && (dateline ?? shownDate) is not null && shownDateElement?.Contains(element) != true)
            {
                break;
            }
        }

        return (byline, dateline ?? shownDate);
    }

    private static string? Short(IElement element)
    {
        var raw = element.TextContent;
        if (raw.Length is < 5 or > MaxLength * 2)
        {
            return null;
        }

        var text = PlainTextArticleParser.CollapseBlanks(raw);
        return text.Length <= MaxLength ? text : null;
    }

    private static bool IsMarkedAsDate(IElement element)
    {
        if (element.LocalName == "time" || element.GetAttribute("itemprop") is "datePublished")
        {
            return true;
        }

        var marks = element.ClassName;
        return marks is not null && (marks.Contains("date", StringComparison.OrdinalIgnoreCase) || marks.Contains("publi", StringComparison.Ordinal) || marks.Contains("timestamp", StringComparison.Ordinal));
    }

    private static bool OpensLikeAByline(IElement element)
    {
        if (element.FirstChild is not IText first)
        {
            return false;
        }

        var opening = first.Data.AsSpan().TrimStart();
        var end = opening.IndexOfAny(' ', '\u00A0', '\n');
        var word = end < 0 ? opening : opening[..end];
        return word is "Par" or "By" or "BY" or "by" or "De" or "Von" or "Por";
    }
}
