using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Finds a page's main content: by NewsLingo's own scoring (<see cref="ContentScorer"/>), which leaves
/// the page as parsed until it has chosen, or by SmartReader (Mozilla Readability's port to AngleSharp),
/// which the scorer falls back on when it finds no article. The extraction bench compares the two
/// (README, dependency table). Either way the page is parsed once, and classes are kept so the
/// boilerplate selectors still apply inside the content.
/// </summary>
internal static class MainContentLocator
{
    // Readability resolves relative links against the page address; NewsLingo does not know it, and keeps hrefs as written.
    private const string NoAddress = "https://newslingo.invalid/";

    /// <summary>Moves the chosen parts into one container (a single part stays where it is) and takes the byline element out.</summary>
    public static MainContent Take(IHtmlDocument document, ContentSelection selection, string? title)
    {
        IElement root;
        if (selection.Parts.Count == 1)
        {
            root = selection.Parts[0];
        }
        else
        {
            root = document.CreateElement("div");
            foreach (var part in selection.Parts)
            {
                root.AppendChild(part);
            }
        }

        selection.BylineElement?.Remove();
        var dropped = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        foreach (var (element, reason) in selection.Drops)
        {
            dropped.TryAdd(element, ExclusionLog.RuleName(reason));
        }

        return new MainContent(root, title, selection.Byline, Detected: true) { Dropped = dropped };
    }

    /// <summary>SmartReader's choice on the document, which it changes as it works.</summary>
    public static MainContent WithSmartReader(IHtmlDocument document)
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
