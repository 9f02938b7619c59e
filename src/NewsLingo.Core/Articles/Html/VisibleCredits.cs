using AngleSharp.Dom;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The byline and dateline a page shows, looked for on the untouched page (main-content detection
/// often leaves the article's header out): the first short element shaped like "Par … · 8 avril 2026",
/// and the first date-classed or &lt;time&gt; element whose text reads as a date.
/// </summary>
internal static class VisibleCredits
{
    private const int MaxLength = 160;

    private const string DateElements = "time, [class*=date], [class*=Date], [class*=publi], [class*=timestamp], [itemprop~=datePublished]";

    private const string TextElements = "p, span, div, li, address, small, time, header";

    public static (string? Byline, string? Dateline) Find(IDocument document)
    {
        string? byline = null;
        string? dateline = null;
        foreach (var element in document.QuerySelectorAll(TextElements))
        {
            // Only elements whose own text opens like a byline are read whole: reading every element's text is quadratic on deep pages.
            if (element.ChildElementCount > 6 || !OpensLikeAByline(element))
            {
                continue;
            }

            var text = element.TextContent;
            if (text.Length is < 5 or > MaxLength * 2)
            {
                continue;
            }

            text = PlainTextArticleParser.CollapseBlanks(text);
            if (text.Length <= MaxLength && BylinePatterns.TryRead(text, out var who, out var when))
            {
                byline = who;
                dateline ??= when;
                break;
            }
        }

        if (dateline is null)
        {
            foreach (var element in document.QuerySelectorAll(DateElements))
            {
                var text = PlainTextArticleParser.CollapseBlanks(element.TextContent);
                if (text.Length is >= 6 and <= MaxLength && (BylinePatterns.IsDateline(text) || VisibleDate.Parse(text) is not null))
                {
                    dateline = text;
                    break;
                }
            }
        }

        return (byline, dateline);
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
