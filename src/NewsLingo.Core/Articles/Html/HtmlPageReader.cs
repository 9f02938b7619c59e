using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Parsing;
using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Reads an HTML page: parse once; metadata from the untouched page; the main content found by
/// <see cref="ContentScorer"/>, which leaves the page as parsed until it has chosen; the boilerplate
/// selectors weighed against that choice and applied around the content and inside it
/// (<see cref="RuleMatches"/>); then only the main content is structured. A page where nothing reads
/// like an article is read whole, as parsed. Each stage runs under <see cref="ReadingStages"/>,
/// so a fault names its stage and the page is read the next simpler way (<see cref="PageReading"/>).
/// </summary>
internal static class HtmlPageReader
{
    private static readonly IBrowsingContext Context = BrowsingContext.New();

    /// <summary>
    /// Reads the page the given way (<see cref="PageReading.Detected"/> and the two whole-page ways). A
    /// stage's fault comes out as a <see cref="ReadingStageException"/>, except metadata's: the page is
    /// then read without it and the fallback noted in <paramref name="fallbacks"/>.
    /// </summary>
    public static HtmlPage Read(string html, BoilerplateRuleSet rules, PageReading reading, int? maxElements, List<ReadingFallback> fallbacks, ReadingStages stages)
    {
        var document = stages.Run(ReadingStage.Parsing, () => Parse(html, maxElements));
        var metadata = ReadMetadata(document, fallbacks, stages);
        var documentTitle = document.Title;
        var order = stages.Run(ReadingStage.Parsing, () =>
        {
            RemoveNonText(document);
            return DocumentOrder(document);
        });
        var body = document.Body ?? document.DocumentElement;
        if (reading == PageReading.WholeAsIs)
        {
            // Keeping boilerplate means keeping the whole page: detection is a form of cleaning.
            var units = stages.Run(ReadingStage.Structure, () => HtmlArticleParser.Parse(body, [], order));
            return Page(metadata, documentTitle, new MainContent(body, null, null, Detected: false), units, [], []);
        }

        // Detection's title: what the page declares, else its <title> without the site's part.
        var title = metadata.DeclaredTitle ?? PageTitle.Read(document);
        var selection = reading == PageReading.Detected
            ? stages.Run(ReadingStage.MainContent, () => ContentScorer.Find(body))
            : null;
        return selection is not null
            ? ReadContent(document, metadata, documentTitle, title, selection, rules, order, stages)
            : ReadWhole(metadata, documentTitle, title, body, rules, order, stages);
    }

    /// <summary>
    /// The document, its elements counted as the parser makes them: past <paramref name="maxElements"/> the
    /// page is refused (HTML_TOO_COMPLEX) before the parser makes more. The count of tags made before
    /// parsing misses the elements HTML makes itself (formatting elements reopened in every paragraph:
    /// 160 KB of tags can make five million elements).
    /// </summary>
    private static IHtmlDocument Parse(string html, int? maxElements)
    {
        var created = 0;
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = false,
            OnCreated = maxElements is not { } max ? null : (_, _) =>
            {
                if (++created > max)
                {
                    throw new RequestValidationException([PageShapeViolations.TooManyElements(max)]);
                }
            },
        };

        return new HtmlParser(options, Context).ParseDocument(html);
    }

    /// <summary>What the page declares; a fault there costs the metadata only, never the article.</summary>
    private static PageMetadata ReadMetadata(IHtmlDocument document, List<ReadingFallback> fallbacks, ReadingStages stages)
    {
        try
        {
            return stages.Run(ReadingStage.Metadata, () => PageMetadataReader.Read(document));
        }
        catch (ReadingStageException failure)
        {
            fallbacks.Add(new ReadingFallback(ReadingStage.Metadata, "the page was read without its declared metadata", failure.Fault));
            return PageMetadata.None;
        }
    }

    private static HtmlPage ReadContent(IHtmlDocument document, PageMetadata metadata, string? documentTitle, string? title, ContentSelection selection, BoilerplateRuleSet rules, Dictionary<INode, int> order, ReadingStages stages)
    {
        // Weighed before the parts move: where a match stands is read on the page as parsed.
        var skipped = new List<SkippedBoilerplateRule>();
        var (lengths, contentLength, outside) = stages.Run(ReadingStage.BoilerplateRules, () =>
        {
            var lengths = TextLengths.Of(document.DocumentElement);
            var contentLength = Math.Max(1, selection.Parts.Sum(p => lengths[p]) - selection.Drops.Sum(d => lengths[d.Element]));
            return (lengths, contentLength, RuleMatches.AroundContent(document, rules, selection.Parts, lengths, contentLength, order, skipped));
        });

        var content = stages.Run(ReadingStage.MainContent, () => selection.Take(document, title));
        var inside = stages.Run(ReadingStage.BoilerplateRules, () => RuleMatches.InContent(content.Root, rules, e => lengths[e], contentLength, skipped));
        foreach (var (element, rule) in content.Dropped)
        {
            // A rule that names the element says better what it is; detection's reason is for the rest.
            inside.TryAdd(element, rule);
        }

        var units = stages.Run(ReadingStage.Structure, () => HtmlArticleParser.Parse(content.Root, inside, order));
        return Page(metadata, documentTitle, content, units, outside, skipped);
    }

    /// <summary>No article found (no paragraph of any length), or detection failed: the whole page, cleaned by the rules alone.</summary>
    private static HtmlPage ReadWhole(PageMetadata metadata, string? documentTitle, string? title, IElement body, BoilerplateRuleSet rules, Dictionary<INode, int> order, ReadingStages stages)
    {
        var skipped = new List<SkippedBoilerplateRule>();
        var content = new MainContent(body, title, null, Detected: false);
        var inside = stages.Run(ReadingStage.BoilerplateRules, () =>
        {
            var lengths = TextLengths.Of(body);
            return RuleMatches.InContent(body, rules, e => lengths[e], Math.Max(1, lengths[body]), skipped);
        });
        var units = stages.Run(ReadingStage.Structure, () => HtmlArticleParser.Parse(body, inside, order));
        return Page(metadata, documentTitle, content, units, [], skipped);
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
