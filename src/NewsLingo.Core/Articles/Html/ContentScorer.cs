using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// NewsLingo's own main-content detection: Readability's content scoring (paragraphs score their
/// ancestors by length and commas, candidates are discounted by link density, the best one is widened
/// to agreeing ancestors and to siblings that read like the article), measured once per page by
/// <see cref="PageFacts"/> and never changing the page until the choice is made. When an attempt finds
/// too little text it is retried less strictly, as Readability does, and the longest result is kept.
/// </summary>
internal static partial class ContentScorer
{
    /// <summary>An attempt that finds this much text is the article; below it, the next, less strict attempt runs.</summary>
    private const int EnoughText = 500;

    private const int TopCandidates = 5;

    /// <summary>Candidates nearly as good as the best that share an ancestor with it: the article is that ancestor.</summary>
    private const int AgreeingCandidates = 3;

    /// <summary>Ancestors a paragraph scores: its parent, grandparent, and three more.</summary>
    private const int ScoredAncestors = 5;

    /// <summary>How far up the chunks of one article are looked for.</summary>
    private const int ChunkLevels = 3;

    private static readonly Attempt[] Attempts =
    [
        new(StripUnlikely: true, WeighClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: false, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: false, CleanConditionally: false),
    ];

    /// <summary>The page's article, or null when nothing on it reads like one.</summary>
    public static ContentSelection? Find(IElement body)
    {
        ContentSelection? best = null;
        (PageFacts Facts, ExclusionLog Log)? lenient = null;
        foreach (var attempt in Attempts)
        {
            // The lenient attempts strip nothing for its class: they measure the page once between them.
            var measured = attempt.StripUnlikely ? Measure(body, strip: true) : lenient is { } known ? Reset(known) : (lenient = Measure(body, strip: false)).Value;
            if (Select(measured.Facts, measured.Log, attempt) is not { } selection)
            {
                continue;
            }

            if (selection.TextLength >= EnoughText)
            {
                return selection;
            }

            best = best is null || selection.TextLength > best.TextLength ? selection : best;
        }

        return best;
    }

    private static (PageFacts Facts, ExclusionLog Log) Measure(IElement body, bool strip)
    {
        var log = new ExclusionLog();
        return (PageFacts.Measure(body, strip, log), log);
    }

    /// <summary>The same measure for another attempt: scores start again from nothing.</summary>
    private static (PageFacts Facts, ExclusionLog Log) Reset((PageFacts Facts, ExclusionLog Log) measured)
    {
        measured.Facts.ResetScores();
        return measured;
    }

    private static ContentSelection? Select(PageFacts facts, ExclusionLog log, Attempt attempt)
    {
        var body = facts.Root;
        var (candidates, byline) = ScoreParagraphs(facts, attempt);
        if (candidates.Count == 0)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var fact = facts[candidate];
            fact.Score *= 1 - fact.LinkDensity;
        }

        var best = candidates.OrderByDescending(c => facts[c].Score).Take(TopCandidates).ToList();
        var top = Widen(best, facts, attempt);

        // The whole page scores best (an article spread over the body's children): all of it, as cleaning leaves it.
        var parts = top == body ? [body] : WithSiblings(top, facts);
        var drops = new List<(IElement Element, ExclusionReason Reason)>();
        foreach (var part in parts)
        {
            foreach (var inner in part.Descendants<IElement>())
            {
                if (log.TryGet(inner, out var reason))
                {
                    drops.Add((inner, reason));
                }
            }
        }

        var textLength = parts.Sum(p => facts[p].Text);
        if (attempt.CleanConditionally)
        {
            foreach (var (element, reason) in ContentCleaner.Find(parts, facts, textLength))
            {
                drops.Add((element, reason));
                textLength -= facts[element].Text;
            }
        }

        return new ContentSelection(top, parts, drops, textLength, byline?.Text, byline?.Element);
    }

    /// <summary>Each paragraph scores its parent fully, its grandparent half, and three ancestors more a third of that per level.</summary>
    private static (List<IElement> Candidates, (string Text, IElement Element)? Byline) ScoreParagraphs(PageFacts facts, Attempt attempt)
    {
        var candidates = new List<IElement>();
        (string, IElement)? byline = null;
        foreach (var element in facts.Elements)
        {
            var fact = facts[element];
            if (fact.Excluded)
            {
                continue;
            }

            if (byline is null && fact.Text is > 0 and < 100 && ClassHints.IsByline(element))
            {
                byline = (Parsing.PlainTextArticleParser.CollapseBlanks(element.TextContent), element);
                continue;
            }

            int length, commas;
            IElement? first;
            if (fact.IsParagraph || element.LocalName is "section" or "td" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                // Readability's scored tags: a section or cell counts all it holds, a long subheading counts as prose.
                (length, commas, first) = (fact.Text, fact.Commas, element.ParentElement);
            }
            else if (fact.InlineText >= 25 && element.LocalName is "div" or "article" or "main")
            {
                // Text written straight into a container, between its blocks: a paragraph whose parent is the container.
                (length, commas, first) = (fact.InlineText, fact.InlineCommas, element);
            }
            else
            {
                continue;
            }

            if (length < 25)
            {
                continue;
            }

            var score = 1.0 + commas + Math.Min(length / 100, 3);
            var level = 0;
            for (var ancestor = first; ancestor?.ParentElement is not null && level < ScoredAncestors; ancestor = ancestor.ParentElement, level++)
            {
                if (!facts.TryGet(ancestor, out var ancestorFacts))
                {
                    break;
                }

                if (!ancestorFacts.Candidate)
                {
                    ancestorFacts.Candidate = true;
                    ancestorFacts.Score = StartingScore(ancestor, attempt);
                    candidates.Add(ancestor);
                }

                ancestorFacts.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        return (candidates, byline);
    }

    private static double StartingScore(IElement element, Attempt attempt)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + (attempt.WeighClasses ? ClassHints.ClassWeight(element) : 0);
    }

    /// <summary>The best candidate, widened to the ancestor most good candidates share, then to a parent that scores better.</summary>
    private static IElement Widen(List<IElement> best, PageFacts facts, Attempt attempt)
    {
        var top = best[0];
        var topScore = facts[top].Score;
        var agreeing = best.Skip(1).Where(c => facts[c].Score >= 0.75 * topScore).Select(c => c.Ancestors<IElement>().ToHashSet()).ToList();
        if (agreeing.Count >= AgreeingCandidates)
        {
            for (var parent = facts.ParentBelowRoot(top); parent is not null; parent = facts.ParentBelowRoot(parent))
            {
                if (agreeing.Count(ancestors => ancestors.Contains(parent)) >= AgreeingCandidates)
                {
                    top = parent;
                    break;
                }
            }
        }

        Initialize(top, facts, attempt);
        var lastScore = facts[top].Score;
        var floor = lastScore / 3;
        for (var parent = facts.ParentBelowRoot(top); parent is not null; parent = facts.ParentBelowRoot(parent))
        {
            if (!facts.TryGet(parent, out var parentFacts) || !parentFacts.Candidate)
            {
                continue;
            }

            if (parentFacts.Score < floor)
            {
                break;
            }

            if (parentFacts.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentFacts.Score;
        }

        top = WithChunks(top, facts);

        // A lone child says nothing its parent does not: the parent holds whatever the page adds around it.
        while (facts.ParentBelowRoot(top) is { } only && only.ChildElementCount == 1)
        {
            top = only;
        }

        Initialize(top, facts, attempt);
        return top;
    }

    /// <summary>
    /// An article cut into chunks of the same class by the page's grid or its ads (several "article__body" blocks):
    /// the nearest ancestor, at most <see cref="ChunkLevels"/> up, that holds the other scored chunks too.
    /// </summary>
    private static IElement WithChunks(IElement top, PageFacts facts)
    {
        if (string.IsNullOrWhiteSpace(top.ClassName))
        {
            return top;
        }

        var floor = facts[top].Score * 0.2;
        var ancestor = top;
        for (var level = 0; level < ChunkLevels && facts.ParentBelowRoot(ancestor) is { } parent; level++)
        {
            ancestor = parent;
            var chunks = ancestor.Descendants<IElement>().Count(e => e != top && e.ClassName == top.ClassName && facts.TryGet(e, out var f) && f.Candidate && !f.Excluded && f.Score >= floor);
            if (chunks > 0)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static void Initialize(IElement element, PageFacts facts, Attempt attempt)
    {
        if (facts.TryGet(element, out var fact) && !fact.Candidate)
        {
            fact.Candidate = true;
            fact.Score = StartingScore(element, attempt);
        }
    }

    /// <summary>The top candidate and the siblings that belong with it: a good score, the same class, or a paragraph of prose.</summary>
    private static List<IElement> WithSiblings(IElement top, PageFacts facts)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var topFacts = facts[top];
        var threshold = Math.Max(10, topFacts.Score * 0.2);
        var parts = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                parts.Add(top);
                continue;
            }

            if (!facts.TryGet(sibling, out var siblingFacts) || siblingFacts.Excluded)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topFacts.Score * 0.2 : 0;
            if (siblingFacts.Candidate && siblingFacts.Score + bonus >= threshold)
            {
                parts.Add(sibling);
            }
            else if ((siblingFacts.IsParagraph || WrapsOneParagraph(sibling, siblingFacts)) && siblingFacts.Text > 0)
            {
                var density = siblingFacts.LinkDensity;
                if ((siblingFacts.Text > 80 && density < 0.25)
                    || (siblingFacts.Text < 80 && density == 0 && SentenceEnd().IsMatch(sibling.TextContent)))
                {
                    parts.Add(sibling);
                }
            }
        }

        return parts;
    }

    /// <summary>A division around a single paragraph and nothing else (Readability reads it as that paragraph).</summary>
    private static bool WrapsOneParagraph(IElement element, ElementFacts facts) =>
        element.LocalName is "div" or "section" && element.ChildElementCount == 1 && element.FirstElementChild!.LocalName == "p" && facts.InlineText == 0;

    [GeneratedRegex(@"\.( |$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private sealed record Attempt(bool StripUnlikely, bool WeighClasses, bool CleanConditionally);
}
