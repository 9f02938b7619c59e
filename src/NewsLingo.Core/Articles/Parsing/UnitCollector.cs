using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// The units of an HTML walk, each stamped with its page position: the element's own, else (an element
/// detection re-created when retagging it) the first original element inside it, else the previous unit's.
/// </summary>
internal sealed class UnitCollector(IReadOnlyDictionary<INode, int> pageOrder)
{
    public List<TextUnit> Units { get; } = [];

    public void Add(TextUnit unit, INode source)
    {
        var order = source is IElement element ? OrderOf(element) : -1;
        if (order < 0)
        {
            order = Units.Count > 0 ? Units[^1].Order : -1;
        }

        Units.Add(unit with { Order = order });
    }

    private int OrderOf(IElement element)
    {
        if (pageOrder.TryGetValue(element, out var order))
        {
            return order;
        }

        foreach (var inner in element.GetDescendants())
        {
            if (pageOrder.TryGetValue(inner, out order))
            {
                return order;
            }
        }

        return -1;
    }
}
