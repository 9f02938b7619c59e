using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Reads an HTML page: parse once; metadata from the untouched page; boilerplate selectors matched on
/// the untouched page too (so a match is known with everything it held); main content detected; then
/// only the main content is structured. A rule whose match held the main content, or most of its
/// text, is not applied and is reported (<see cref="SkippedBoilerplateRule"/>): rules never delete
/// the article.
/// </summary>
internal static class HtmlPageReader
{
    /// <summary>A match holding this share of the main content's text or more is the article, not boilerplate.</summary>
    private const double MostOfTheArticle = 0.5;

    /// <summary>The elements that carry an article's text, to weigh what a match holds.</summary>
    private const string ContentBlocks = "p, li, pre, blockquote, td, h2, h3";

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static HtmlPage Read(string html, BoilerplateRuleSet rules, bool removeBoilerplate)
    {
        var document = Parser.ParseDocument(html);
        var documentTitle = document.Title;
        var metadata = PageMetadataReader.Read(document);
        RemoveNonText(document);
        var order = DocumentOrder(document);
        var matches = removeBoilerplate ? Matches(document, rules, order) : [];

        // Keeping boilerplate means keeping the whole page: detection is a form of cleaning.
        var content = removeBoilerplate ? MainContentLocator.Locate(document) : new MainContent(document.DocumentElement, null, null, Detected: false);
        if (!content.Detected && removeBoilerplate)
        {
            // Detection found no article and may have pruned the page on the way: read the page whole, as parsed.
            document = Parser.ParseDocument(html);
            order = DocumentOrder(document);
            matches = removeBoilerplate ? Matches(document, rules, order) : [];
            content = content with { Root = document.Body ?? document.DocumentElement };
        }
        else if (!content.Detected)
        {
            content = content with { Root = document.Body ?? document.DocumentElement };
        }

        var root = content.Root;
        var contentParagraphs = root.QuerySelectorAll(ContentBlocks).Select(p => (Element: p, p.TextContent.Length)).ToList();
        var contentLength = Math.Max(1, contentParagraphs.Sum(p => p.Length));

        var skipped = new List<SkippedBoilerplateRule>();
        var inside = removeBoilerplate ? InsideMatches(root, rules, contentLength, skipped) : [];
        var contentText = HtmlArticleParser.VisibleText(root);
        var outside = new List<(int, RemovedBoilerplate)>();
        var applied = new HashSet<IElement>();
        foreach (var match in matches)
        {
            // Inside the content the rules ran on the content itself (detection re-creates the elements it retags).
            if (root.Contains(match.Element) || HasAppliedAncestor(match.Element, applied))
            {
                continue;
            }

            var held = match.Paragraphs is null ? 0 : contentParagraphs.Where(p => match.Paragraphs.Contains(p.Element)).Sum(p => p.Length);
            if (held >= MostOfTheArticle * contentLength)
            {
                skipped.Add(new SkippedBoilerplateRule(match.Rule.Name, match.Selector, match.Text.Length));
                continue;
            }

            applied.Add(match.Element);
            if (match.Text.Length > 0 && !contentText.Contains(match.Text, StringComparison.Ordinal))
            {
                outside.Add((match.Order, new RemovedBoilerplate(match.Text, match.Rule.Name)));
            }
        }

        return new HtmlPage(
            HtmlArticleParser.Parse(root, inside, order),
            metadata.Headline ?? content.Title ?? metadata.MetaHeadline,
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
    }

    /// <summary>What the selectors name inside the content, outer first; a match holding most of the content is reported, not applied.</summary>
    private static Dictionary<IElement, string> InsideMatches(IElement root, BoilerplateRuleSet rules, int contentLength, List<SkippedBoilerplateRule> skipped)
    {
        var inside = new Dictionary<IElement, string>();
        if (rules.Selectors.Count == 0)
        {
            return inside;
        }

        var applied = new HashSet<IElement>();
        foreach (var (element, selector, rule) in SelectorIndex.For(rules).Find(root))
        {
            if (HasAppliedAncestor(element, applied))
            {
                continue;
            }

            var hit = (Selector: selector, Rule: rule);

            var length = HtmlArticleText.Length(element);
            if (length >= MostOfTheArticle * contentLength)
            {
                skipped.Add(new SkippedBoilerplateRule(hit.Rule.Name, hit.Selector, length));
                continue;
            }

            applied.Add(element);
            inside[element] = hit.Rule.Name;
        }

        return inside;
    }

    /// <summary>Scripts, styles and drawings are never text: gone before anything walks the page (metadata is read by then; JSON-LD stays for detection's title).</summary>
    private static void RemoveNonText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("script:not([type='application/ld+json']), style, svg, template, link"))
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Every node's position in the untouched page, so removals inside and outside the content keep page
    /// order. Text nodes too: detection re-creates elements it retags but moves their text nodes.
    /// </summary>
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

    /// <summary>
    /// Elements the selectors name, in page order (outer before inner), with their text and, for big
    /// ones, their paragraphs, taken now: detection empties the elements it retags. One pass over the
    /// page for all selectors; the rule is then found for the few elements matched.
    /// </summary>
    private static List<RuleMatch> Matches(IDocument document, BoilerplateRuleSet rules, Dictionary<INode, int> order)
    {
        var matches = new List<RuleMatch>();
        if (rules.Selectors.Count == 0)
        {
            return matches;
        }

        RuleMatch? outer = null;
        foreach (var (element, selector, rule) in SelectorIndex.For(rules).Find(document.DocumentElement))
        {
            var nested = outer is not null && outer.Element.Contains(element);

            // Inside a match, only a big one (possibly the article itself, so perhaps not applied) needs its inner matches known.
            if (nested && outer!.Paragraphs is null)
            {
                continue;
            }

            var text = HtmlArticleParser.VisibleText(element);
            var paragraphs = text.Length > 500 ? element.QuerySelectorAll(ContentBlocks).ToHashSet() : null;
            var match = new RuleMatch(element, selector, rule, text, paragraphs, order[element]);
            matches.Add(match);
            outer = nested ? outer : match;
        }

        return matches;
    }

    /// <summary>Inside an element already removed: nothing more to decide (detection detaches what it drops whole, so ancestry holds).</summary>
    private static bool HasAppliedAncestor(IElement element, HashSet<IElement> applied)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (applied.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record RuleMatch(IElement Element, string Selector, BoilerplateRule Rule, string Text, HashSet<IElement>? Paragraphs, int Order);
}
