using AngleSharp.Dom;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The selectors' matches taken on the untouched page for a detection that changes the page as it
/// works (SmartReader re-creates the elements it retags and empties others): each match's text and,
/// for a big one, its paragraphs are kept, then weighed against the content detection returns.
/// </summary>
internal static class RuleMatchesBeforeDetection
{
    /// <summary>The elements that carry an article's text, to weigh what a match holds.</summary>
    private const string ContentBlocks = "p, li, pre, blockquote, td, h2, h3";

    /// <summary>A match with more text than this may hold the article: its paragraphs are kept to weigh it.</summary>
    private const int MayHoldTheArticle = 500;

    /// <summary>
    /// Elements the selectors name, in page order (outer before inner). Inside a match only a big one (which
    /// may be the article, so perhaps not applied) has its direct inner matches taken, and no deeper: one
    /// pass over the page whatever a hostile page nests.
    /// </summary>
    public static List<Match> Take(IDocument document, BoilerplateRuleSet rules, IReadOnlyDictionary<INode, int> order)
    {
        var matches = new List<Match>();
        if (rules.Selectors.Count == 0)
        {
            return matches;
        }

        Match? outer = null;
        Match? inner = null;
        foreach (var (element, selector, rule) in SelectorIndex.For(rules).Find(document.DocumentElement))
        {
            var nested = outer is not null && outer.Element.Contains(element);
            if (nested && (outer!.Paragraphs is null || (inner is not null && inner.Element.Contains(element))))
            {
                continue;
            }

            var text = HtmlArticleParser.VisibleText(element);
            var paragraphs = text.Length > MayHoldTheArticle ? element.QuerySelectorAll(ContentBlocks).ToHashSet() : null;
            var match = new Match(element, selector, rule, text, paragraphs, order[element]);
            matches.Add(match);
            (outer, inner) = nested ? (outer, match) : (match, null);
        }

        return matches;
    }

    /// <summary>The matches outside the detected content, as removals in page order; one holding most of the content is reported, not applied.</summary>
    public static List<(int Order, RemovedBoilerplate Removed)> AroundContent(List<Match> matches, IElement root, List<SkippedBoilerplateRule> skipped)
    {
        var contentParagraphs = root.QuerySelectorAll(ContentBlocks).Select(p => (Element: p, p.TextContent.Length)).ToList();
        var contentLength = ContentLength(root);
        var contentText = HtmlArticleParser.VisibleText(root);
        var removed = new List<(int, RemovedBoilerplate)>();
        var applied = new HashSet<IElement>();
        foreach (var match in matches)
        {
            // Inside the content the rules run on the content itself (detection re-creates the elements it retags).
            if (root.Contains(match.Element) || RuleMatches.HasAppliedAncestor(match.Element, applied))
            {
                continue;
            }

            var held = match.Paragraphs is null ? 0 : contentParagraphs.Where(p => match.Paragraphs.Contains(p.Element)).Sum(p => p.Length);
            if (held >= RuleMatches.MostOfTheArticle * contentLength)
            {
                skipped.Add(new SkippedBoilerplateRule(match.Rule.Name, match.Selector, match.Text.Length));
                continue;
            }

            applied.Add(match.Element);
            if (match.Text.Length > 0 && !contentText.Contains(match.Text, StringComparison.Ordinal))
            {
                removed.Add((match.Order, new RemovedBoilerplate(match.Text, match.Rule.Name)));
            }
        }

        return removed;
    }

    /// <summary>The content's text as its paragraphs hold it (at least 1, to weigh matches against).</summary>
    public static int ContentLength(IElement root) => Math.Max(1, root.QuerySelectorAll(ContentBlocks).Sum(p => p.TextContent.Length));

    public sealed record Match(IElement Element, string Selector, BoilerplateRule Rule, string Text, HashSet<IElement>? Paragraphs, int Order);
}
