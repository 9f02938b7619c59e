using AngleSharp.Dom;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Where the boilerplate selectors apply once the main content is known: outside it, every outermost
/// match is removed and reported; inside it, matches become removals the structuring walk reports in
/// place. A match holding half the article or more is never applied, only reported
/// (<see cref="SkippedBoilerplateRule"/>): rules never delete the article.
/// </summary>
internal static class RuleMatches
{
    /// <summary>A match holding this share of the main content's text or more is the article, not boilerplate.</summary>
    public const double MostOfTheArticle = 0.5;

    /// <summary>
    /// The outermost matches outside <paramref name="parts"/> (the page as parsed, before the parts are moved),
    /// as removals in page order. A match around some of the parts is not applied: the parts are the article.
    /// </summary>
    public static List<(int Order, RemovedBoilerplate Removed)> AroundContent(
        IDocument document,
        BoilerplateRuleSet rules,
        IReadOnlyList<IElement> parts,
        TextLengths lengths,
        int contentLength,
        IReadOnlyDictionary<INode, int> order,
        List<SkippedBoilerplateRule> skipped)
    {
        var removed = new List<(int, RemovedBoilerplate)>();
        if (rules.Selectors.Count == 0)
        {
            return removed;
        }

        var partSet = new HashSet<IElement>(parts, ReferenceEqualityComparer.Instance);
        IElement? lastApplied = null;
        foreach (var (element, selector, rule) in SelectorIndex.For(rules).Find(document.DocumentElement))
        {
            // Matches come in page order, so an element inside the last one applied follows it directly.
            if (lastApplied is not null && lastApplied.Contains(element))
            {
                continue;
            }

            if (IsInside(element, partSet))
            {
                continue;
            }

            var held = 0;
            foreach (var part in parts)
            {
                held += element.Contains(part) ? lengths[part] : 0;
            }

            if (held > 0)
            {
                if (held >= MostOfTheArticle * contentLength)
                {
                    skipped.Add(new SkippedBoilerplateRule(rule.Name, selector, lengths[element]));
                }

                continue;
            }

            lastApplied = element;
            var text = HtmlArticleParser.VisibleText(element);
            if (text.Length > 0)
            {
                removed.Add((order[element], new RemovedBoilerplate(text, rule.Name)));
            }
        }

        return removed;
    }

    /// <summary>What the selectors name inside the content, outer first; a match holding most of the content is reported, not applied.</summary>
    public static Dictionary<IElement, string> InContent(IElement root, BoilerplateRuleSet rules, Func<IElement, int> length, int contentLength, List<SkippedBoilerplateRule> skipped)
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

            var held = length(element);
            if (held >= MostOfTheArticle * contentLength)
            {
                skipped.Add(new SkippedBoilerplateRule(rule.Name, selector, held));
                continue;
            }

            applied.Add(element);
            inside[element] = rule.Name;
        }

        return inside;
    }

    /// <summary>Inside an element already removed: nothing more to decide.</summary>
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

    private static bool IsInside(IElement element, HashSet<IElement> parts)
    {
        for (var node = element; node is not null; node = node.ParentElement)
        {
            if (parts.Contains(node))
            {
                return true;
            }
        }

        return false;
    }
}
