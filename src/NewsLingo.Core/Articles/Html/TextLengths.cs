using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The visible text length of every element under a root (blanks collapsed; scripts, styles and form
/// controls not counted), measured in one pass from the leaves up, so weighing many nested elements
/// costs the page's size once and not once per element.
/// </summary>
internal sealed class TextLengths
{
    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea", "head", "title", "meta", "link",
    };

    private readonly Dictionary<IElement, int> _lengths;

    private TextLengths(Dictionary<IElement, int> lengths) => _lengths = lengths;

    /// <summary>Characters of text in <paramref name="element"/>; 0 for one outside the measured root.</summary>
    public int this[IElement element] => _lengths.GetValueOrDefault(element);

    public static TextLengths Of(IElement root)
    {
        var elements = root.DescendantsAndSelf<IElement>().ToList();
        var lengths = new Dictionary<IElement, int>(elements.Count, ReferenceEqualityComparer.Instance);
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            var length = lengths.GetValueOrDefault(element);
            if (NotText.Contains(element.LocalName))
            {
                lengths[element] = 0;
                continue;
            }

            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    length += Collapsed(text.Data);
                }
            }

            lengths[element] = length;
            if (element != root && element.ParentElement is { } parent)
            {
                lengths[parent] = lengths.GetValueOrDefault(parent) + length;
            }
        }

        return new TextLengths(lengths);
    }

    private static int Collapsed(string data)
    {
        var length = 0;
        var blank = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                length += blank ? 0 : 1;
                blank = true;
            }
            else
            {
                length++;
                blank = false;
            }
        }

        return length;
    }
}
