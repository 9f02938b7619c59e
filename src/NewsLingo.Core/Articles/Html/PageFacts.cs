using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// <see cref="ElementFacts"/> for every element under a root, measured in two linear passes: down the
/// page in document order (what is excluded, what is inside a link or a heading), then back up from the
/// leaves (each element's counts are its own text plus its children's). No recursion, so a hostile page
/// nested a hundred thousand deep costs time in proportion to its size and never the stack.
/// </summary>
internal sealed class PageFacts
{
    /// <summary>Players and drawings: their fallback text is no measure of an article (the structuring walk still reads it).</summary>
    private static readonly HashSet<string> Players = new(StringComparer.OrdinalIgnoreCase) { "object", "embed", "video", "audio", "canvas" };

    /// <summary>Elements that break a block into several (Readability's "div to p" list, and the sectioning elements).</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "main", "aside", "nav", "header", "footer", "figure", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "hr", "fieldset", "details",
    };

    private readonly Dictionary<IElement, ElementFacts> _facts;

    private PageFacts(List<IElement> elements, Dictionary<IElement, ElementFacts> facts)
    {
        Elements = elements;
        _facts = facts;
    }

    /// <summary>Every element under (and including) the root, in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>The element measured from (the page's body): nothing above it was measured.</summary>
    public IElement Root => Elements[0];

    /// <summary>
    /// The parent of <paramref name="element"/> when it is strictly inside the root, else null: widening
    /// climbs to the root's children at most, never to the root (the whole page is chosen another way)
    /// nor above it, whatever the page's elements are named.
    /// </summary>
    public IElement? ParentBelowRoot(IElement element) =>
        element != Root && element.ParentElement is { } parent && parent != Root ? parent : null;

    public ElementFacts this[IElement element] => _facts[element];

    public bool TryGet(IElement element, out ElementFacts facts) => _facts.TryGetValue(element, out facts!);

    /// <summary>Clears every container score, so another scoring attempt can use the same measure.</summary>
    public void ResetScores()
    {
        foreach (var fact in _facts.Values)
        {
            fact.Candidate = false;
            fact.Score = 0;
        }
    }

    /// <summary>
    /// Measures <paramref name="root"/>; <paramref name="stripUnlikely"/> excludes chrome by its class, id or role.
    /// Readers' comments are excluded either way: a retry widens what may count, never to trade a short article for its comments.
    /// </summary>
    public static PageFacts Measure(IElement root, bool stripUnlikely, ExclusionLog? log = null)
    {
        var elements = new List<IElement>();
        var facts = new Dictionary<IElement, ElementFacts>(ReferenceEqualityComparer.Instance);

        // Down: exclusion and link weight are inherited.
        foreach (var element in root.DescendantsAndSelf<IElement>())
        {
            elements.Add(element);
            var parent = element.ParentElement;
            var inherited = parent is not null && facts.TryGetValue(parent, out var parentFacts) ? parentFacts : null;
            var fact = new ElementFacts();
            if (inherited?.Excluded == true)
            {
                fact.Excluded = true;
            }
            else if (IsNotText(element.LocalName))
            {
                // Never text (a noscript's fallback, a player, a form control): out of every measure but its count.
                fact.Excluded = true;
                fact.Muted = true;
            }
            else if (ClassHints.IsHidden(element))
            {
                fact.Excluded = true;
                log?.Add(element, ExclusionReason.Hidden);
            }
            else if (inherited?.InTableOrCode != true && (ClassHints.IsComments(element) || (stripUnlikely && ClassHints.IsUnlikely(element))))
            {
                fact.Excluded = true;
                log?.Add(element, ExclusionReason.Chrome);
            }

            facts[element] = fact;

            // Readability never strips inside a table or code: layout tables hold whole articles, code holds anything.
            fact.InTableOrCode = inherited?.InTableOrCode == true || element.LocalName is "table" or "code";
            fact.LinkWeight = element.LocalName == "a" && element.GetAttribute("href") is { } href ? (href.StartsWith('#') ? 0.3 : 1) : inherited?.LinkWeight ?? 0;
        }

        // Up: each element adds its own text to what its children hold, then gives the whole to its parent.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            var fact = facts[element];
            var name = element.LocalName;
            var hasBlockChild = false;
            if (!IsNotText(name))
            {
                foreach (var child in element.ChildNodes)
                {
                    if (child is IText text)
                    {
                        var (length, commas) = MeasureText(text.Data);
                        fact.Text += length;
                        fact.Commas += commas;
                        fact.LinkText += length * fact.LinkWeight;
                        fact.InlineText += length;
                        fact.InlineCommas += commas;
                    }
                    else if (child is IElement childElement && Blocks.Contains(childElement.LocalName))
                    {
                        hasBlockChild = true;
                    }
                    else if (child is IElement inline && facts.TryGetValue(inline, out var inlineFacts) && !inlineFacts.Excluded)
                    {
                        fact.InlineText += inlineFacts.Text;
                        fact.InlineCommas += inlineFacts.Commas;
                    }
                }
            }

            switch (name)
            {
                case "p":
                    fact.Paragraphs++;
                    fact.IsParagraph = true;
                    break;
                case "pre" or "td" when !hasBlockChild:
                    fact.IsParagraph = true;
                    break;
                case "div" or "section" when !hasBlockChild && fact.Text > 0:
                    // A div of text only is a paragraph written without <p>: Readability retags it so.
                    fact.Paragraphs++;
                    fact.IsParagraph = true;
                    break;
                case "img":
                    fact.Images++;
                    break;
                case "li":
                    fact.ListItems++;
                    break;
                case "table":
                    fact.Tables++;
                    break;
                case "input":
                    fact.Inputs++;
                    break;
                case "iframe" or "object" or "embed" or "video" or "audio":
                    fact.Embeds++;
                    break;
            }

            // A heading's or a list's whole text is heading or list text, whatever inline elements carry it.
            fact.HeadingText = IsHeading(name) ? fact.Text : fact.HeadingText;
            fact.ListText = name is "ul" or "ol" ? fact.Text : fact.ListText;
            if (fact.Muted && element.ParentElement is { } host && facts.TryGetValue(host, out var hostFacts))
            {
                hostFacts.Inputs += fact.Inputs;
                hostFacts.Embeds += fact.Embeds;
            }
            else if (!fact.Excluded && element.ParentElement is { } parent && facts.TryGetValue(parent, out var parentFacts))
            {
                parentFacts.Add(fact);
            }
        }

        return new PageFacts(elements, facts);
    }

    private static bool IsNotText(string name) => Parsing.HtmlArticleParser.IsNotText(name) || Players.Contains(name);

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>Characters with each run of blanks counted once, and commas.</summary>
    internal static (int Length, int Commas) MeasureText(string data)
    {
        var length = 0;
        var commas = 0;
        var blank = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!blank)
                {
                    length++;
                    blank = true;
                }

                continue;
            }

            blank = false;
            length++;
            if (c is ',' or '，' or '、' or '،' or '﹐' or '﹑')
            {
                commas++;
            }
        }

        return (length, commas);
    }
}
