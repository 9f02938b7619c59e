namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// How many elements a page has and how deep it nests them, estimated from its tags in one pass over
/// the markup, before any parsing. Parsing and reading a page cost time in proportion to its elements,
/// and more than that in its depth: a few megabytes of bare tags, or a page nested thousands deep,
/// would hold a core for seconds. Real news pages have under 10,000 elements nested under 50 deep.
/// </summary>
/// <remarks>
/// Depth counts the start tags of elements that nest when left open. Not counted: void elements, tags
/// closed by themselves, and the elements a parser closes implicitly (p, li, td, tr, option…, and a,
/// which closes an open a), so the estimate only errs high on pages whose open tags never close.
/// Comments, doctypes and the text of script, style and the like are skipped.
/// </remarks>
public static class HtmlShape
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image", "isindex",
        // closed implicitly by what follows
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "rb", "rt", "rtc", "rp", "a", "nobr", "button", "form",
        // document structure
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"];

    /// <summary>The estimated deepest nesting alone.</summary>
    public static int Depth(string html) => Measure(html).Depth;

    /// <summary>
    /// The page's start tags and estimated deepest nesting, counted until either passes its limit
    /// (past it the exact figures do not matter, and a hostile page is not read to its end).
    /// </summary>
    public static (int Elements, int Depth) Measure(string html, int maxElements = int.MaxValue, int maxDepth = int.MaxValue)
    {
        var elements = 0;
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(html, open);
                continue;
            }

            var closing = next == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = open + 1;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var end = TagEnd(html, nameEnd);
            var selfClosing = end > 0 && html[end - 1] == '/';
            i = end + 1;
            if (closing)
            {
                if (Nests(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (++elements > maxElements)
            {
                break;
            }

            if (RawTextEnd(html, name, i) is var after && after >= 0)
            {
                i = after;
                continue;
            }

            if (!selfClosing && Nests(name) && ++depth > deepest)
            {
                deepest = depth;
                if (deepest > maxDepth)
                {
                    break;
                }
            }
        }

        return (elements, deepest);
    }

    private static bool Nests(ReadOnlySpan<char> name) =>
        !NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>The '&gt;' that ends a tag, quotes respected; the markup's end when there is none.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k;
            }
        }

        return html.Length;
    }

    /// <summary>For an element whose content is raw text, where its closing tag ends; -1 for any other element.</summary>
    private static int RawTextEnd(string html, ReadOnlySpan<char> name, int from)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + raw, from, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : TagEnd(html, close) + 1;
            }
        }

        return -1;
    }

    private static int SkipDeclaration(string html, int open)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', open);
        return end < 0 ? html.Length : end + 1;
    }
}
