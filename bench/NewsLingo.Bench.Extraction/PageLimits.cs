namespace NewsLingo.Bench.Extraction;

/// <summary>
/// The server's size limits, applied the way the server applies them, so "refused" means what a caller
/// would see. <see cref="MarkupCounted"/> reproduces the reader before issue 12 (the article limit counted HTML).
/// </summary>
internal sealed record PageLimits(long MaxHtmlBytes, int MaxTextCharacters, bool MarkupCounted, int MaxHtmlElements = 50_000, int MaxHtmlDepth = 256)
{
    public string? RefusesHtml(string html)
    {
        if (MarkupCounted)
        {
            return html.Length > MaxTextCharacters ? "TEXT_TOO_LONG" : null;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(html) > MaxHtmlBytes)
        {
            return "TEXT_TOO_LONG";
        }

        var (elements, depth) = NewsLingo.Core.Articles.Html.HtmlShape.Measure(html, MaxHtmlElements, MaxHtmlDepth);
        return elements > MaxHtmlElements || depth > MaxHtmlDepth ? "HTML_TOO_COMPLEX" : null;
    }

    public string? RefusesText(int characters) => !MarkupCounted && characters > MaxTextCharacters ? "TEXT_TOO_LONG" : null;
}
