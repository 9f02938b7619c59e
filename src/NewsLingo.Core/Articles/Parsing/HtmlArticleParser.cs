using System.Text;
using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// An element's content into pieces, through AngleSharp's DOM: h1 is the title, h2–h6 subheadings,
/// p/li/blockquote paragraphs; scripts, styles and form controls are not text; elements a boilerplate
/// selector named (see <see cref="Html.HtmlPageReader"/>) are removed whole. Inside a paragraph only strong/b/em/i and a[href] survive as markup; other
/// tags give their text.
/// </summary>
internal static class HtmlArticleParser
{
    /// <summary>Elements whose content a reader does not see as text.</summary>
    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "blockquote", "figcaption", "pre", "dd", "dt", "td", "th",
    };

    private static readonly HashSet<string> KeptInlineTags = new(StringComparer.OrdinalIgnoreCase) { "strong", "b", "em", "i" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "blockquote", "figcaption", "pre", "dl", "dd", "dt", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "section", "article", "main",
        "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form",
    };

    /// <summary>The pieces of <paramref name="root"/>, minus the elements in <paramref name="removed"/> (reported as <see cref="UnitRole.Removed"/> units with their rule).</summary>
    /// <remarks>Each unit carries its page position (<paramref name="pageOrder"/>) so removals inside and outside the content report in page order.</remarks>
    public static List<TextUnit> Parse(IElement root, Dictionary<IElement, string> removed, IReadOnlyDictionary<INode, int> pageOrder)
    {
        var units = new UnitCollector(pageOrder);
        Walk(root, removed, units);
        return units.Units;
    }

    private static void Walk(IElement container, Dictionary<IElement, string> removed, UnitCollector units)
    {
        foreach (var node in container.ChildNodes)
        {
            if (node is IText text)
            {
                var loose = PlainTextArticleParser.CollapseBlanks(text.Data);
                if (loose.Length > 0)
                {
                    units.Add(new TextUnit(UnitRole.Paragraph, loose, Encode(loose)), container);
                }

                continue;
            }

            if (node is not IElement element || NotText.Contains(element.LocalName))
            {
                continue;
            }

            if (removed.TryGetValue(element, out var rule))
            {
                var removedText = VisibleText(element);
                if (removedText.Length > 0)
                {
                    units.Add(new TextUnit(UnitRole.Removed, removedText, Rule: rule), element);
                }

                continue;
            }

            var name = element.LocalName;
            if (name == "h1")
            {
                AddUnit(UnitRole.Heading1, element, units, removed);
            }
            else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '2' and <= '6')
            {
                AddUnit(UnitRole.Heading, element, units, removed);
            }
            else if (ParagraphTags.Contains(name) && !HasBlockChildren(element))
            {
                AddUnit(IsByline(element) ? UnitRole.Byline : UnitRole.Paragraph, element, units, removed);
            }
            else if (HasBlockChildren(element))
            {
                Walk(element, removed, units);
            }
            else
            {
                AddUnit(IsByline(element) ? UnitRole.Byline : UnitRole.Paragraph, element, units, removed);
            }
        }
    }

    private static void AddUnit(UnitRole role, IElement element, UnitCollector units, Dictionary<IElement, string> removed)
    {
        // A rule may name an inline element (a photo credit in a caption): it is reported and left out of the text.
        if (removed.Count > 0)
        {
            foreach (var inner in element.Descendants<IElement>().Where(removed.ContainsKey).ToList())
            {
                if (inner.Parent is not null && VisibleText(inner) is { Length: > 0 } innerText)
                {
                    units.Add(new TextUnit(UnitRole.Removed, innerText, Rule: removed[inner]), inner);
                }

                inner.Remove();
            }
        }

        var text = VisibleText(element);
        if (text.Length == 0)
        {
            return;
        }

        var html = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            AppendInline(child, html);
        }

        units.Add(new TextUnit(role, text, PlainTextArticleParser.CollapseBlanks(html.ToString())), element);
    }

    private static void AppendInline(INode node, StringBuilder html)
    {
        switch (node)
        {
            case IText text:
                html.Append(Encode(text.Data));
                break;
            case IElement element when NotText.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                html.Append(' ');
                break;
            case IElement { LocalName: "a" } link when link.GetAttribute("href") is { Length: > 0 } href:
                html.Append("<a href=\"").Append(Encode(href)).Append("\">");
                AppendChildren(link, html);
                html.Append("</a>");
                break;
            case IElement element when KeptInlineTags.Contains(element.LocalName):
                html.Append('<').Append(element.LocalName).Append('>');
                AppendChildren(element, html);
                html.Append("</").Append(element.LocalName).Append('>');
                break;
            case IElement element:
                AppendChildren(element, html);
                break;
        }
    }

    private static void AppendChildren(IElement element, StringBuilder html)
    {
        foreach (var child in element.ChildNodes)
        {
            AppendInline(child, html);
        }
    }

    /// <summary>The text a reader sees: no script or button labels, and blocks apart ("Lire aussi Vélo…", not "Lire aussiVélo…").</summary>
    internal static string VisibleText(IElement element)
    {
        var text = new StringBuilder();
        AppendVisible(element, text);
        return PlainTextArticleParser.CollapseBlanks(text.ToString());
    }

    private static void AppendVisible(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText data)
            {
                text.Append(data.Data);
            }
            else if (child is IElement element && !NotText.Contains(element.LocalName))
            {
                var block = BlockTags.Contains(element.LocalName) || element.LocalName == "br";
                text.Append(block ? " " : string.Empty);
                AppendVisible(element, text);
                text.Append(block ? " " : string.Empty);
            }
        }
    }

    /// <summary>True for an element whose content a reader does not see as text (scripts, styles, form controls, frames).</summary>
    internal static bool IsNotText(string localName) => NotText.Contains(localName);

    private static bool HasBlockChildren(IElement element) => element.Children.Any(c => BlockTags.Contains(c.LocalName));

    private static bool IsByline(IElement element)
    {
        var marks = $"{element.ClassName} {element.Id} {element.GetAttribute("rel")}";
        return marks.Contains("byline", StringComparison.OrdinalIgnoreCase) || marks.Contains("author", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Only what HTML requires: accented letters stay letters (translators and readers both prefer them).</summary>
    internal static string Encode(string text)
    {
        var html = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
