using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>An HTML page read down to its main content's pieces, with what the page declared.</summary>
/// <param name="Units">The main content's pieces in reading order, removed elements included as <see cref="UnitRole.Removed"/>.</param>
/// <param name="Headline">The best title candidate: main-content detection's, else the metadata's.</param>
/// <param name="DocumentTitle">The &lt;title&gt;, when nothing better exists.</param>
/// <param name="DeclaredByline">The declared authors as one line.</param>
/// <param name="ContentByline">The byline element detection took out, as its text, which may carry the dateline ("Par X — publié le …").</param>
/// <param name="VisibleByline">A byline the page shows anywhere, when nothing better exists.</param>
/// <param name="VisibleDateline">A dateline the page shows anywhere, when the body has none.</param>
/// <param name="RemovedOutside">Elements a rule matched outside the main content, with their page position.</param>
/// <param name="Metadata">Declared authors, dates, site and address.</param>
/// <param name="DeclaredLanguage">The page's declared language.</param>
/// <param name="Skipped">Rules not applied because they would have removed the article.</param>
/// <param name="ContentDetected">False when no main content was found and the page was read whole.</param>
internal sealed record HtmlPage(
    List<TextUnit> Units,
    string? Headline,
    string? DocumentTitle,
    string? DeclaredByline,
    string? ContentByline,
    string? VisibleByline,
    string? VisibleDateline,
    IReadOnlyList<(int Order, RemovedBoilerplate Removed)> RemovedOutside,
    ArticleMetadata Metadata,
    string? DeclaredLanguage,
    IReadOnlyList<SkippedBoilerplateRule> Skipped,
    bool ContentDetected);
