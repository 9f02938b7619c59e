using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The visible text length of every element under a root (blanks collapsed; scripts, styles and form
/// controls not counted), measured in one pass from the leaves up, so weighing many nested elements
/// costs the page's size once and not once per element.
/// </summary>
internal sealed class TextLengths
{
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
            if (Parsing.HtmlArticleParser.IsNotText(element.LocalName))
            {
                lengths[element] = 0;
                continue;
            }

            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    length += PageFacts.MeasureText(text.Data).Length;
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
}
