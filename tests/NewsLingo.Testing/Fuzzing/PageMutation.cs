using System.Text;
using System.Text.RegularExpressions;

namespace NewsLingo.Testing.Fuzzing;

/// <summary>
/// One mangling of a page. Positions are drawn as fractions of the page (<see cref="At"/> in
/// millionths), so a mutation means the same thing on any page and shrinks toward its start;
/// <see cref="Seed"/> drives the choices a mutation makes inside the page (which closing tags go,
/// how the classes are dealt), with System.Random, so one case always builds the same page.
/// </summary>
/// <param name="Kind">What is done.</param>
/// <param name="At">Where, in millionths of the page.</param>
/// <param name="Count">How many (tags in a run, percent of closing tags, repeats of the junk, kilobytes of an attribute).</param>
/// <param name="Seed">The choices inside the page, and which junk.</param>
public sealed partial record PageMutation(MutationKind Kind, int At, int Count, int Seed)
{
    /// <summary>What <see cref="MutationKind.InsertJunk"/> inserts: every piece a page was seen to carry, or was built to.</summary>
    public static readonly string[] Junk =
    [
        "<!--", "-->", "<!-", "--!>", "]]>", "<![CDATA[", "<![CDATA[x]]>", "<!DOCTYPE html>", "<!", "<?xml version=\"1.0\"?>", "<?", "</", "<", ">", "&", "&#", "&#x",
        "&#xD800;", "&#xDFFF;", "&#xD83D;&#xDE00;", "&#x110000;", "&#0;", "&#x0;", "&#9999999999;", "&#x7FFFFFFF;", "&#128;", "&#x9F;", "&nbsp", "&amp", "&bogus;", "&#55296;",
        "\0", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u0092", "\u009d", "\u2028", "\ufeff", "\uffff", "\ufffe", "\ud800", "\udc00", "\ud83d\ude00",
        "<html>", "</html>", "<html lang=\"fr\">", "<head>", "</head>", "<body>", "</body>", "<body class=\"article\">", "<frameset>", "<frame>", "<base href=\"javascript:x\">",
        "<table>", "<tr>", "<td>", "</table>", "<select>", "<option>", "<svg>", "<math>", "<foreignObject>", "<template>", "</template>", "<script>", "<script type=\"application/ld+json\">",
        "<style>", "<textarea>", "<title>", "<xmp>", "<iframe>", "<noscript>", "<noembed>", "<noframes>", "<plaintext>", "<a href=\"#\">", "<a>", "</a>", "<p>", "</p>", "<div>",
        "</div>", "<h1>", "<h2>", "<li>", "<form>", "<input>", "<button>", "<img src=x onerror=alert(1)>", "<br/>", "<image>", "<isindex>", "<keygen>", "<marquee>", "<nobr>",
        "<article class=\"article-body\">", "<div class=\"comments\">", "<div hidden>", "<div style=\"display:none\">", "<aside>", "<nav>", "<main>", "<section>", "<figure>",
        "<meta property=\"og:title\" content=\"\">", "<meta property=\"article:published_time\" content=\"9999-99-99T99:99\">", "<time datetime=\"-0001-13-45\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[null,1,{\"name\":{}}],\"datePublished\":\"31/02/2026\",\"headline\":[]}</script>",
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@graph\":[{\"@type\":[\"NewsArticle\",7]}]}]</script>", "<script type=\"application/ld+json\">[[[[[[",
        "<a href=\"javascript:alert(1)\">", "<a href=\"http://[::1\">", "<a href=\"\u0000\">", "⟦0⟧", "⟦", "Par ", "Publié le 31 février 2026 à 25h61", "By , Updated ",
    ];

    public string Apply(string html) => Kind switch
    {
        MutationKind.CutAtByte => CutAtByte(html),
        MutationKind.RemoveTagRun => RemoveTagRun(html),
        MutationKind.RemoveClosingTags => RemoveClosingTags(html),
        MutationKind.DuplicateBody => DuplicateBody(html),
        MutationKind.ShuffleClassesAndIds => ShuffleClassesAndIds(html),
        MutationKind.InsertJunk => html.Insert(Position(html.Length), string.Concat(Enumerable.Repeat(Junk[Seed % Junk.Length], 1 + (Count % 8)))),
        MutationKind.HugeAttribute => html.Insert(Position(html.Length), $"<div class=\"{new string('a', 1024 * (1 + (Count % 512)))}\" data-x='{new string('"', 1000)}'>"),
        _ => html,
    };

    public override string ToString() => Kind switch
    {
        MutationKind.CutAtByte => $"cut at {Fraction} of its UTF-8 bytes",
        MutationKind.RemoveTagRun => $"{1 + (Count % 64)} tags removed from {Fraction}",
        MutationKind.RemoveClosingTags => $"{Count % 101}% of closing tags removed (seed {Seed})",
        MutationKind.DuplicateBody => Count % 2 == 0 ? "body duplicated" : "whole document duplicated",
        MutationKind.ShuffleClassesAndIds => $"class and id values shuffled (seed {Seed})",
        MutationKind.InsertJunk => $"{Escape(Junk[Seed % Junk.Length])} x{1 + (Count % 8)} inserted at {Fraction}",
        MutationKind.HugeAttribute => $"a {1 + (Count % 512)} KiB attribute inserted at {Fraction}",
        _ => Kind.ToString(),
    };

    private string Fraction => $"{At / 10_000.0:0.####}%";

    private int Position(int length) => (int)((long)length * At / 1_000_000);

    /// <summary>The page's UTF-8 bytes up to the offset, decoded as a lenient reader does (a cut character becomes U+FFFD).</summary>
    private string CutAtByte(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        return Encoding.UTF8.GetString(bytes, 0, Position(bytes.Length));
    }

    private string RemoveTagRun(string html)
    {
        var tags = Tag().Matches(html);
        if (tags.Count == 0)
        {
            return html;
        }

        var first = Position(tags.Count) % tags.Count;
        var last = Math.Min(tags.Count - 1, first + (Count % 64));
        var text = new StringBuilder(html.Length);
        text.Append(html, 0, tags[first].Index);
        for (var i = first; i < last; i++)
        {
            // What stood between the removed tags stays: only markup goes.
            var between = tags[i].Index + tags[i].Length;
            text.Append(html, between, tags[i + 1].Index - between);
        }

        var end = tags[last].Index + tags[last].Length;
        return text.Append(html, end, html.Length - end).ToString();
    }

    private string RemoveClosingTags(string html)
    {
        var random = new Random(Seed);
        var share = Count % 101;
        return ClosingTag().Replace(html, m => random.Next(100) < share ? string.Empty : m.Value);
    }

    private string DuplicateBody(string html)
    {
        if (Count % 2 == 1)
        {
            return html + html;
        }

        var open = BodyOpen().Match(html);
        var close = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        if (!open.Success || close <= open.Index)
        {
            return html + html;
        }

        // Tags and all, so a second <body> opens inside the first.
        var body = html[open.Index..close];
        return html.Insert(close, body + "</body>");
    }

    private string ShuffleClassesAndIds(string html)
    {
        var values = ClassOrId().Matches(html).Select(m => m.Groups["value"].Value).ToArray();
        new Random(Seed).Shuffle(values);
        var next = 0;
        return ClassOrId().Replace(html, m => $"{m.Groups["name"].Value}=\"{values[next++]}\"");
    }

    private static string Escape(string junk)
    {
        var text = new StringBuilder();
        foreach (var c in junk.Length > 60 ? junk[..60] + "…" : junk)
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\ufeff' or '\uffff' or '\ufffe' or '\u2028' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return $"'{text}'";
    }

    [GeneratedRegex("<[^<>]*>?")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</[a-zA-Z][^<>]*>?")]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"<body\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyOpen();

    [GeneratedRegex("""\b(?<name>class|id)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>"']+))""", RegexOptions.IgnoreCase)]
    private static partial Regex ClassOrId();
}
