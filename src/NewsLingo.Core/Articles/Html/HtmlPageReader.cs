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

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static HtmlPage Read(string html, BoilerplateRuleSet rules, bool removeBoilerplate)
    {
        var document = Parser.ParseDocument(html);
        var documentTitle = document.Title;
        var metadata = PageMetadataReader.Read(document);
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
        var contentParagraphs = root.QuerySelectorAll("p, li, pre, blockquote, td, h2, h3").Select(p => (Element: p, p.TextContent.Length)).ToList();
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

        var byline = metadata.Byline ?? content.Byline;
        return new HtmlPage(
            HtmlArticleParser.Parse(root, inside, order),
            content.Title ?? metadata.Headline,
            documentTitle,
            byline,
            content.Byline,
            outside,
            metadata.Article,
            metadata.Language,
            skipped);
    }

    /// <summary>What the selectors name inside the content, outer first; a match holding most of the content is reported, not applied.</summary>
    private static Dictionary<IElement, string> InsideMatches(IElement root, BoilerplateRuleSet rules, int contentLength, List<SkippedBoilerplateRule> skipped)
    {
        var found = new Dictionary<IElement, (string Selector, BoilerplateRule Rule)>();
        foreach (var (selector, rule) in rules.Selectors)
        {
            foreach (var element in root.QuerySelectorAll(selector))
            {
                found.TryAdd(element, (selector, rule));
            }
        }

        var inside = new Dictionary<IElement, string>();
        if (found.Count == 0)
        {
            return inside;
        }

        var applied = new HashSet<IElement>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (!found.TryGetValue(element, out var hit) || HasAppliedAncestor(element, applied))
            {
                continue;
            }

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

    /// <summary>Elements the selectors name, in page order (outer before inner), with their text and, for big ones, their paragraphs.</summary>
    private static List<RuleMatch> Matches(IDocument document, BoilerplateRuleSet rules, Dictionary<INode, int> order)
    {
        var found = new Dictionary<IElement, (string Selector, BoilerplateRule Rule)>();
        foreach (var (selector, rule) in rules.Selectors)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                found.TryAdd(element, (selector, rule));
            }
        }

        var matches = new List<RuleMatch>();
        foreach (var element in document.QuerySelectorAll("*"))
        {
            if (!found.TryGetValue(element, out var hit))
            {
                continue;
            }

            var text = HtmlArticleParser.VisibleText(element);
            var paragraphs = text.Length > 500 ? element.QuerySelectorAll("p, li, pre, blockquote, td, h2, h3").ToHashSet() : null;
            matches.Add(new RuleMatch(element, hit.Selector, hit.Rule, text, paragraphs, order[element]));
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
