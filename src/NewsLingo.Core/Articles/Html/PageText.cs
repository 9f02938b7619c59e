using System.Net;
using System.Text;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The last way to read a page (<see cref="PageReading.PageText"/>): its text with the tags stripped in
/// one forward pass, no parser involved. Scripts, styles and comments go; block tags become blank lines,
/// so the text reads as scraped text; entities are decoded, and what a decoded entity can make that no
/// text may hold (an unpaired surrogate, a control character) is dropped.
/// </summary>
internal static class PageText
{
    private static readonly string[] Hidden = ["script", "style", "template", "noscript", "svg", "head", "textarea", "select", "iframe"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "footer", "aside", "nav", "table", "tr", "td", "th",
        "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd", "hr", "title", "body", "html",
    };

    public static string Of(string html)
    {
        var text = new StringBuilder(html.Length / 4);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i);
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var end = html.IndexOf('>', open);
            if (end < 0)
            {
                break;
            }

            var name = TagName(html, open, end);
            i = end + 1;
            if (Array.Find(Hidden, h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } hidden && html[open + 1] != '/')
            {
                var close = html.IndexOf("</" + hidden, i, StringComparison.OrdinalIgnoreCase);
                var after = close < 0 ? -1 : html.IndexOf('>', close);
                i = after < 0 ? html.Length : after + 1;
            }
            else if (Blocks.Contains(name))
            {
                text.Append("\n\n");
            }
        }

        return Clean(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(string html, int open, int end)
    {
        var start = open + 1 < end && html[open + 1] == '/' ? open + 2 : open + 1;
        var stop = start;
        while (stop < end && char.IsAsciiLetterOrDigit(html[stop]))
        {
            stop++;
        }

        return html[start..stop];
    }

    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (!char.IsControl(c) || c is '\n' or '\t'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
