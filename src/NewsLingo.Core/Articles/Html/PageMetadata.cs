namespace NewsLingo.Core.Articles.Html;

/// <summary>What a page's markup declares, before the body is read: each field from the best source that has it.</summary>
/// <param name="Headline">JSON-LD headline, else og:title / twitter:title.</param>
/// <param name="Byline">Authors as one line, the way the page's metadata gives them.</param>
/// <param name="Language">The page's declared language (JSON-LD inLanguage, html lang, og:locale), a hint only.</param>
/// <param name="Article">The metadata the response carries.</param>
internal sealed record PageMetadata(string? Headline, string? Byline, string? Language, ArticleMetadata Article);
