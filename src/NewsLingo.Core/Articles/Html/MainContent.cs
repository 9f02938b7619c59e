using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>The element holding the article's body, and what detection learned on the way.</summary>
/// <param name="Root">The main content; the page's body when no article could be found.</param>
/// <param name="Title">The headline as detection picks it (declared title, else &lt;title&gt; without the site's name).</param>
/// <param name="Byline">The byline element detection took out of the content, as its text.</param>
/// <param name="Detected">False when <see cref="Root"/> is the whole body (nothing looked like an article).</param>
internal sealed record MainContent(IElement Root, string? Title, string? Byline, bool Detected)
{
    /// <summary>Elements inside <see cref="Root"/> that detection found are not the article, with the rule name they are reported under.</summary>
    public IReadOnlyDictionary<IElement, string> Dropped { get; init; } = new Dictionary<IElement, string>();
}
