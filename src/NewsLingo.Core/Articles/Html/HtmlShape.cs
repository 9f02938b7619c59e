namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// How many elements a page has and how deep it nests them, estimated from its tags in one pass over
/// the markup, before any parsing. Parsing and reading a page cost time in proportion to its elements,
/// and more than that in its depth: a few megabytes of bare tags, or a page nested thousands deep,
/// would hold a core for seconds. Real news pages have under 10,000 elements nested under 50 deep.
/// </summary>
/// <remarks>
/// Elements are the start tags, plus the formatting elements HTML reopens by itself: a &lt;b&gt; left open
/// when its paragraph closes is made again in the next one, so a few hundred open formatting elements and
/// a thousand short paragraphs make hundreds of thousands of elements from a page of kilobytes
/// (<see cref="ActiveFormatting"/>). Depth counts the start tags of elements that nest when left open. Not counted: void elements, tags
/// closed by themselves, and the elements a parser closes implicitly (p, li, td, tr, option…, and a,
/// which closes an open a), so the estimate only errs high on pages whose open tags never close.
/// Comments, doctypes and the text of script, style and the like are skipped, exactly where the HTML
/// tokenizer skips them: whatever a parser reads as elements is counted. Elements the parser makes
/// without a tag (formatting elements reopened in each paragraph) are counted by the reader as it parses.
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

    /// <summary>Elements whose content the tokenizer reads as text up to their end tag (noscript is markup: pages are parsed without scripting).</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Start tags that end foreign content (svg, math): the parser pops back to HTML on them.</summary>
    private static readonly HashSet<string> BreakOut = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
        "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    /// <summary>The estimated deepest nesting alone.</summary>
    public static int Depth(string html) => Measure(html).Depth;

    /// <summary>
    /// The page's start tags and estimated deepest nesting, counted until either passes its limit
    /// (past it the exact figures do not matter, and a hostile page is not read to its end).
    /// </summary>
    /// <remarks>
    /// The markup is cut as the HTML tokenizer cuts it, so nothing a parser reads as elements is skipped
    /// as a comment, an attribute or raw text: <c>&lt;!--&gt;</c> is an empty comment, a quote opens a
    /// value only after '=', noscript is markup, and style, script and title inside svg or math are
    /// markup too. A page that ends inside a tag, a comment or a script (a download cut short) ends there.
    /// </remarks>
    public static (int Elements, int Depth) Measure(string html, int maxElements = int.MaxValue, int maxDepth = int.MaxValue)
    {
        var elements = 0;
        var depth = 0;
        var deepest = 0;
        var foreign = 0;
        var formatting = new ActiveFormatting();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                elements += i < html.Length ? formatting.Text() : 0;
                break;
            }

            // Text reopens the formatting elements a closed block took with it.
            elements += open > i ? formatting.Text() : 0;

            var next = html[open + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(html, open, foreign > 0);
                continue;
            }

            var closing = next == '/';
            var nameStart = open + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<" not followed by a tag name is text; "</" followed by anything else is a bogus comment up to '>'.
                i = closing ? SkipTo(html, '>', nameStart) : open + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var (end, selfClosing) = TagEnd(html, nameEnd);
            i = end;
            if (closing)
            {
                if (IsForeignRoot(name) && foreign > 0)
                {
                    foreign--;
                }

                if (Nests(name) && depth > 0)
                {
                    depth--;
                }

                formatting.Closed(name);
                continue;
            }

            elements += formatting.Opened(name, html.AsSpan(nameEnd, Math.Max(0, end - nameEnd))) + 1;
            if (elements > maxElements)
            {
                break;
            }

            if (foreign > 0 && BreakOut.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                foreign = 0;
            }

            if (IsForeignRoot(name) && !selfClosing)
            {
                foreign++;
            }
            else if (foreign == 0 && RawTextEnd(html, name, i) is var after && after >= 0)
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

    private static bool IsForeignRoot(ReadOnlySpan<char> name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    private static bool IsTagNameEnd(char c) => c is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// Where a tag ends (just past its '&gt;', or the markup's end when the page stops inside it) and whether it
    /// closes itself. Attributes are read as the tokenizer reads them: a quote opens a value only right after
    /// '=', so a quote inside a name or an unquoted value does not hide the tags that follow.
    /// </summary>
    private static (int End, bool SelfClosing) TagEnd(string html, int from)
    {
        var k = from;
        var slash = false;
        while (k < html.Length)
        {
            var c = html[k];
            if (c == '>')
            {
                return (k + 1, slash);
            }

            if (c == '=')
            {
                k++;
                while (k < html.Length && IsSpace(html[k]))
                {
                    k++;
                }

                if (k < html.Length && html[k] is '"' or '\'')
                {
                    var close = html.IndexOf(html[k], k + 1);
                    k = close < 0 ? html.Length : close + 1;
                }
                else
                {
                    while (k < html.Length && !IsSpace(html[k]) && html[k] != '>')
                    {
                        k++;
                    }
                }

                slash = false;
                continue;
            }

            slash = c == '/';
            k++;
        }

        return (html.Length, false);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>For an element whose content is raw text, where its end tag ends (the markup's end when it has none); -1 for any other element.</summary>
    private static int RawTextEnd(string html, ReadOnlySpan<char> name, int from)
    {
        foreach (var raw in RawText)
        {
            if (!name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var close = html.IndexOf("</" + raw, from, StringComparison.OrdinalIgnoreCase); close >= 0; close = html.IndexOf("</" + raw, close + 2, StringComparison.OrdinalIgnoreCase))
            {
                // Only "</script" followed by a blank, '/' or '>' ends a script ("</scripts" is its text).
                var after = close + 2 + raw.Length;
                if (after >= html.Length)
                {
                    return html.Length;
                }

                if (IsTagNameEnd(html[after]))
                {
                    return TagEnd(html, after).End;
                }
            }

            return html.Length;
        }

        return -1;
    }

    /// <summary>
    /// Past a comment, doctype, processing instruction or CDATA section. A comment ends at "--&gt;" or "--!&gt;",
    /// and "&lt;!--&gt;" and "&lt;!---&gt;" are whole (empty) comments; CDATA is a section only inside svg
    /// or math (in HTML it is a bogus comment up to '&gt;'); the rest runs to the next '&gt;'.
    /// </summary>
    private static int SkipDeclaration(string html, int open, bool inForeignContent)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            var body = open + 4;
            if (string.CompareOrdinal(html, body, ">", 0, 1) == 0)
            {
                return body + 1;
            }

            if (string.CompareOrdinal(html, body, "->", 0, 2) == 0)
            {
                return body + 2;
            }

            for (var dashes = html.IndexOf("--", body, StringComparison.Ordinal); dashes >= 0; dashes = html.IndexOf("--", dashes + 1, StringComparison.Ordinal))
            {
                if (string.CompareOrdinal(html, dashes + 2, ">", 0, 1) == 0)
                {
                    return dashes + 3;
                }

                if (string.CompareOrdinal(html, dashes + 2, "!>", 0, 2) == 0)
                {
                    return dashes + 4;
                }
            }

            return html.Length;
        }

        if (inForeignContent && string.CompareOrdinal(html, open, "<![CDATA[", 0, 9) == 0)
        {
            var close = html.IndexOf("]]>", open + 9, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        return SkipTo(html, '>', open);
    }

    /// <summary>Just past the next <paramref name="c"/> from <paramref name="from"/>, or the markup's end.</summary>
    private static int SkipTo(string html, char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }
}
