using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Reads an HTML page: parse once; metadata from the untouched page; the main content found by
/// <see cref="ContentScorer"/>, which leaves the page as parsed until it has chosen; the boilerplate
/// selectors weighed against that choice and applied around the content and inside it
/// (<see cref="RuleMatches"/>); then only the main content is structured. A page where nothing reads
/// like an article is read whole, as parsed.
/// </summary>
internal static class HtmlPageReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static HtmlPage Read(string html, BoilerplateRuleSet rules, bool removeBoilerplate)
    {
        var document = Parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document);
        var documentTitle = document.Title;
        RemoveNonText(document);
        var order = DocumentOrder(document);
        var body = document.Body ?? document.DocumentElement;
        if (!removeBoilerplate)
        {
            // Keeping boilerplate means keeping the whole page: detection is a form of cleaning.
            return Page(metadata, documentTitle, new MainContent(body, null, null, Detected: false), HtmlArticleParser.Parse(body, [], order), [], []);
        }

        // Detection's title: what the page declares, else its <title> without the site's part.
        var title = metadata.DeclaredTitle ?? PageTitle.Read(document);
        return document.Body is not null && ContentScorer.Find(document.Body) is { } selection
            ? ReadContent(document, metadata, documentTitle, title, selection, rules, order)
            : ReadWhole(metadata, documentTitle, title, body, rules, order);
    }

    private static HtmlPage ReadContent(IHtmlDocument document, PageMetadata metadata, string? documentTitle, string? title, ContentSelection selection, BoilerplateRuleSet rules, Dictionary<INode, int> order)
    {
        // Weighed before the parts move: where a match stands is read on the page as parsed.
        var lengths = TextLengths.Of(document.DocumentElement);
        var contentLength = Math.Max(1, selection.Parts.Sum(p => lengths[p]) - selection.Drops.Sum(d => lengths[d.Element]));
        var skipped = new List<SkippedBoilerplateRule>();
        var outside = RuleMatches.AroundContent(document, rules, selection.Parts, lengths, contentLength, order, skipped);

        var content = selection.Take(document, title);
        var inside = RuleMatches.InContent(content.Root, rules, e => lengths[e], contentLength, skipped);
        foreach (var (element, rule) in content.Dropped)
        {
            // A rule that names the element says better what it is; detection's reason is for the rest.
            inside.TryAdd(element, rule);
        }

        return Page(metadata, documentTitle, content, HtmlArticleParser.Parse(content.Root, inside, order), outside, skipped);
    }

    /// <summary>No article found (no paragraph of any length): the whole page, cleaned by the rules alone.</summary>
    private static HtmlPage ReadWhole(PageMetadata metadata, string? documentTitle, string? title, IElement body, BoilerplateRuleSet rules, Dictionary<INode, int> order)
    {
        var lengths = TextLengths.Of(body);
        var skipped = new List<SkippedBoilerplateRule>();
        var content = new MainContent(body, title, null, Detected: false);
        var inside = RuleMatches.InContent(body, rules, e => lengths[e], Math.Max(1, lengths[body]), skipped);
        return Page(metadata, documentTitle, content, HtmlArticleParser.Parse(body, inside, order), [], skipped);
    }

    private static HtmlPage Page(
        PageMetadata metadata,
        string? documentTitle,
        MainContent content,
        List<TextUnit> units,
        IReadOnlyList<(int Order, RemovedBoilerplate Removed)> outside,
        IReadOnlyList<SkippedBoilerplateRule> skipped) => new(
            units,
            PageTitle.WithoutSiteName(metadata.Headline ?? content.Title ?? metadata.MetaHeadline, metadata.Article.SiteName),
            documentTitle,
            metadata.Byline,
            content.Byline,
            metadata.VisibleByline,
            metadata.VisibleDateline,
            outside,
            metadata.Article,
            metadata.Language,
            skipped,
            content.Detected);

    /// <summary>Scripts, styles and drawings are never text: gone before anything walks the page (metadata is read by then; JSON-LD stays for detection's title).</summary>
    private static void RemoveNonText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("script:not([type='application/ld+json']), style, svg, template, link"))
        {
            element.Remove();
        }
    }

    /// <summary>Every node's position in the untouched page, so removals inside and outside the content keep page order once the content's parts have moved.</summary>
    private static Dictionary<INode, int> DocumentOrder(IDocument document)
    {
        var order = new Dictionary<INode, int>();
        var index = 0;
        foreach (var node in document.DocumentElement.GetDescendantsAndSelf())
        {
            if (node is IElement or IText)
            {
                order[node] = index++;
            }
        }

        return order;
    }
}
