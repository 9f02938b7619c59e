using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>What <see cref="ContentScorer"/> chose, before the page is changed to hold it.</summary>
/// <param name="Top">The best container.</param>
/// <param name="Parts">The top container and the siblings that belong with it, in page order.</param>
/// <param name="Drops">Elements inside the parts that are not the article, with why (outermost only).</param>
/// <param name="TextLength">Characters of the article once the drops are out.</param>
/// <param name="Byline">The text of the element the page marks as its byline.</param>
/// <param name="BylineElement">That element, taken out of the body since its text is the byline.</param>
internal sealed record ContentSelection(
    IElement Top,
    IReadOnlyList<IElement> Parts,
    IReadOnlyList<(IElement Element, ExclusionReason Reason)> Drops,
    int TextLength,
    string? Byline,
    IElement? BylineElement)
{
    /// <summary>Moves the parts into one container (a single part stays where it is) and takes the byline element out: the page changes only now.</summary>
    public MainContent Take(IHtmlDocument document, string? title)
    {
        IElement root;
        if (Parts.Count == 1)
        {
            root = Parts[0];
        }
        else
        {
            root = document.CreateElement("div");
            foreach (var part in Parts)
            {
                root.AppendChild(part);
            }
        }

        BylineElement?.Remove();
        var dropped = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        foreach (var (element, reason) in Drops)
        {
            dropped.TryAdd(element, ExclusionLog.RuleName(reason));
        }

        return new MainContent(root, title, Byline, Detected: true) { Dropped = dropped };
    }
}
