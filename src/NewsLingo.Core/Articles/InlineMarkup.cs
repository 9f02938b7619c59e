using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles;

/// <summary>Text of a block that may carry inline HTML (the parser already vetted the markup), for detection and summaries.</summary>
public static partial class InlineMarkup
{
    public static string ToPlainText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)).Trim();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
