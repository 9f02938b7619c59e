using AngleSharp.Dom;

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
    IElement? BylineElement);
