using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Finds a page's main content with SmartReader (Mozilla Readability's content scoring, ported to
/// AngleSharp: text and link density, paragraph shape, class/id hints, sibling merging). Chosen over
/// our own scoring by the extraction bench (README, dependency table). It works on the parsed
/// document in place, so the page is parsed once; classes are kept so the boilerplate selectors
/// still apply inside the content.
/// </summary>
internal static class MainContentLocator
{
    // Readability resolves relative links against the page address; NewsLingo does not know it, and keeps hrefs as written.
    private const string NoAddress = "https://newslingo.invalid/";

    public static MainContent Locate(IHtmlDocument document)
    {
        IElement? content = null;
        var title = (string?)null;
        var byline = (string?)null;
        try
        {
            using var reader = new SmartReader.Reader(NoAddress, document)
            {
                KeepClasses = true,
                Debug = false,
                ContinueIfNotReadable = true,
            };
            reader.AddCustomOperationEnd(element => content = element);
            var article = reader.GetArticle();
            title = NullIfBlank(article.Title);
            // A page Readability finds "not readable" (a short article, mostly) still gets its best candidate: better than the whole page.
            byline = NullIfBlank(article.Byline);
        }
        catch (Exception error) when (error is InvalidOperationException or NullReferenceException or ArgumentException or FormatException)
        {
            // A page SmartReader cannot take is read whole, as before detection existed: never worse than no detection.
            content = null;
        }

        if (content is not null)
        {
            KeepLinksAsWritten(content);
        }

        return content is not null && HtmlArticleText.Length(content) > 0
            ? new MainContent(content, title, byline, Detected: true)
            : new MainContent(document.DocumentElement, title, byline, Detected: false);
    }

    /// <summary>Readability made every link absolute against the placeholder address; links go back to how the page wrote them.</summary>
    private static void KeepLinksAsWritten(IElement content)
    {
        foreach (var link in content.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith(NoAddress, StringComparison.Ordinal))
            {
                link.SetAttribute("href", "/" + href[NoAddress.Length..]);
            }
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
