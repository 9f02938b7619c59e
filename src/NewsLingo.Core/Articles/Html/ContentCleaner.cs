using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Inside the chosen content, the blocks that are not the article's prose, by their shape (Readability's
/// conditional cleaning): asides, footers and share bars; lists, tables and divisions that are mostly
/// links, images, inputs or embeds for the text they hold. Inner blocks are judged first and a block is
/// judged without what was already taken out of it. A block holding half the article or more is never taken.
/// </summary>
internal static partial class ContentCleaner
{
    private const double MostOfTheArticle = 0.5;

    /// <summary>A share bar holds less text than this; more is something else that happens to be named "share".</summary>
    private const int ShareBarText = 500;

    /// <summary>Blocks with this many commas read as prose, whatever else they hold.</summary>
    private const int ProseCommas = 10;

    public static IEnumerable<(IElement Element, ExclusionReason Reason)> Find(IReadOnlyList<IElement> parts, PageFacts facts, int articleText)
    {
        var lost = new Dictionary<IElement, ElementFacts>(ReferenceEqualityComparer.Instance);
        var dropped = new Dictionary<IElement, ExclusionReason>(ReferenceEqualityComparer.Instance);
        var outermost = new List<(IElement Element, ExclusionReason Reason)>();
        foreach (var part in parts)
        {
            var inner = part.Descendants<IElement>().ToList();
            var context = Context(part, inner, facts);
            for (var i = inner.Count - 1; i >= 0; i--)
            {
                var element = inner[i];
                if (!facts.TryGet(element, out var fact) || fact.Excluded)
                {
                    continue;
                }

                // Children are judged before their parent: what they lost, or all they held when taken, is lost here too.
                var lostHere = LostBelow(element, facts, lost, dropped);
                if (lostHere is not null)
                {
                    lost[element] = lostHere;
                }

                var left = fact.Without(lostHere);
                if (left.Text >= MostOfTheArticle * articleText && articleText > 0)
                {
                    continue;
                }

                if (Judge(element, left, fact, context[element]) is { } reason)
                {
                    dropped[element] = reason;
                }
            }

            // Report the outermost of nested drops only, in page order: the inner ones went with it.
            var under = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
            foreach (var element in inner)
            {
                if (element.ParentElement is { } parent && (under.Contains(parent) || dropped.ContainsKey(parent)))
                {
                    under.Add(element);
                }
                else if (dropped.TryGetValue(element, out var reason))
                {
                    outermost.Add((element, reason));
                }
            }
        }

        return outermost;
    }

    /// <summary>
    /// Where each element stands, inherited down the part in one walk: inside a figure, inside a data table or code;
    /// and whether it is a data table itself (judged once, from its own rows).
    /// </summary>
    private static Dictionary<IElement, Placement> Context(IElement part, List<IElement> inner, PageFacts facts)
    {
        var context = new Dictionary<IElement, Placement>(ReferenceEqualityComparer.Instance);
        foreach (var element in inner)
        {
            var parent = element.ParentElement!;
            var above = parent == part ? default : context[parent];
            context[element] = new Placement(
                InFigure: above.InFigure || parent.LocalName == "figure",
                Protected: above.Protected || above.DataTable || parent.LocalName == "code",
                DataTable: element.LocalName == "table" && facts.TryGet(element, out var tableFacts) && IsDataTable(element, tableFacts));
        }

        return context;
    }

    private readonly record struct Placement(bool InFigure, bool Protected, bool DataTable);

    private static ExclusionReason? Judge(IElement element, ElementFacts left, ElementFacts fact, Placement placement)
    {
        var name = element.LocalName;
        if (name is "aside" or "footer" or "nav")
        {
            return ExclusionReason.Chrome;
        }

        if (left.Text < ShareBarText && ShareBar().IsMatch($"{element.ClassName} {element.Id}"))
        {
            return ExclusionReason.Chrome;
        }

        if (name is "h1" or "h2" && ClassHints.ClassWeight(element) < 0)
        {
            return ExclusionReason.Chrome;
        }

        if (fact.IsParagraph || name is not ("form" or "fieldset" or "table" or "ul" or "ol" or "div" or "section"))
        {
            return null;
        }

        if (placement.Protected || placement.DataTable)
        {
            return null;
        }

        var weight = ClassHints.ClassWeight(element);
        if (weight < 0)
        {
            return ExclusionReason.Chrome;
        }

        if (left.Commas >= ProseCommas)
        {
            return null;
        }

        var isList = name is "ul" or "ol" || (left.Text > 0 && left.ListText > 0.9 * left.Text);
        var inFigure = placement.InFigure;
        var headingDensity = left.Text == 0 ? 0 : (double)left.HeadingText / left.Text;
        var linkDensity = left.LinkDensity;
        var shapeless =
            (left.Images > 1 && (double)left.Paragraphs / left.Images < 0.5 && !inFigure)
            || (!isList && left.ListItems - 100 > left.Paragraphs)
            || left.Inputs > left.Paragraphs / 3
            || (!isList && headingDensity < 0.9 && left.Text < 25 && (left.Images == 0 || left.Images > 2) && !inFigure)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (left.Paragraphs < 2 && ((left.Embeds == 1 && left.Text < 75) || left.Embeds > 1));
        if (shapeless && isList && IsListOfImages(element, left))
        {
            return null;
        }

        return shapeless ? ExclusionReason.LowContent : null;
    }

    /// <summary>A list whose items are each one image: a gallery in the article, kept as Readability keeps it.</summary>
    private static bool IsListOfImages(IElement list, ElementFacts left) =>
        list.Children.All(child => child.ChildElementCount <= 1) && left.Images > 0 && left.Images == left.ListItems;

    /// <summary>What an element's children took out of it: a dropped child all it held, another what it lost itself. Null when nothing.</summary>
    private static ElementFacts? LostBelow(IElement element, PageFacts facts, Dictionary<IElement, ElementFacts> lost, Dictionary<IElement, ExclusionReason> dropped)
    {
        ElementFacts? sum = null;
        foreach (var child in element.Children)
        {
            var taken = dropped.ContainsKey(child) && facts.TryGet(child, out var childFacts) && !childFacts.Excluded ? childFacts : lost.GetValueOrDefault(child);
            if (taken is not null)
            {
                (sum ??= new ElementFacts()).Add(taken);
            }
        }

        return sum;
    }

    /// <summary>A table of data (headers, a caption, many cells), not one laid out for looks; read from its own rows only, so nested tables cost their own size.</summary>
    private static bool IsDataTable(IElement table, ElementFacts facts)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
        {
            return false;
        }

        if (table.HasAttribute("summary") || table.Children.Any(c => c.LocalName is "caption" or "col" or "colgroup" or "thead" or "tfoot"))
        {
            return true;
        }

        var rows = table.Children.SelectMany(c => c.LocalName == "tr" ? [c] : c.LocalName == "tbody" ? c.Children.Where(r => r.LocalName == "tr") : []).ToList();
        if (rows.Any(r => r.Children.Any(cell => cell.LocalName == "th")))
        {
            return true;
        }

        if (facts.Tables > 1 || rows.Any(r => r.Children.Any(cell => cell.FirstElementChild?.LocalName == "table")))
        {
            return false;
        }

        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Children.Count(c => c.LocalName is "td" or "th"));
        return rows.Count >= 10 || columns > 4 || rows.Count * columns > 10;
    }

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareBar();
}
