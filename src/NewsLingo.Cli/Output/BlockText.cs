using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Cli.Output;

/// <summary>
/// A block's text is inline HTML limited to strong, b, em, i and a[href] (the contract guarantees
/// it), so a terminal gets its text and Markdown its emphasis and links.
/// </summary>
public static partial class BlockText
{
    public static string ToPlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    public static string ToMarkdown(string html)
    {
        var markdown = Link().Replace(html, m => $"[{m.Groups["text"].Value}]({WebUtility.HtmlDecode(m.Groups["href"].Value)})");
        markdown = Strong().Replace(markdown, "**");
        markdown = Emphasis().Replace(markdown, "*");
        return WebUtility.HtmlDecode(Tag().Replace(markdown, string.Empty));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\">(?<text>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex("</?(?:strong|b)>")]
    private static partial Regex Strong();

    [GeneratedRegex("</?(?:em|i)>")]
    private static partial Regex Emphasis();
}
