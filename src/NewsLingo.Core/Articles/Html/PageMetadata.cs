namespace NewsLingo.Core.Articles.Html;

/// <summary>What a page's markup declares, before the body is read: each field from the best source that has it.</summary>
/// <param name="Headline">The JSON-LD headline: the publisher's own statement of it, preferred to detection's.</param>
/// <param name="MetaHeadline">og:title / twitter:title, else the article's h1: after detection's title.</param>
/// <param name="DeclaredTitle">The title meta tags declare (Dublin Core, OpenGraph, Twitter, in Readability's order), before the &lt;title&gt;.</param>
/// <param name="Byline">Authors as one line, the way the page's metadata gives them.</param>
/// <param name="Language">The page's declared language (JSON-LD inLanguage, html lang, og:locale), a hint only.</param>
/// <param name="Article">The metadata the response carries.</param>
/// <param name="VisibleByline">The byline the page shows ("Par Lucie Grandjean"), wherever it is.</param>
/// <param name="VisibleDateline">The dateline the page shows ("Publié le 03/02/2026 à 06h30").</param>
internal sealed record PageMetadata(
    string? Headline,
    string? MetaHeadline,
    string? DeclaredTitle,
    string? Byline,
    string? Language,
    ArticleMetadata Article,
    string? VisibleByline,
    string? VisibleDateline)
{
    /// <summary>Nothing declared: what a page is read with when reading its metadata failed.</summary>
    public static PageMetadata None { get; } = new(null, null, null, null, null, ArticleMetadata.None, null, null);
}
