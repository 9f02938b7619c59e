namespace NewsLingo.Core.Articles;

/// <summary>A stage of reading an HTML page, named when it fails and the page is read a simpler way (<see cref="ReadingFallback"/>).</summary>
public enum ReadingStage
{
    /// <summary>Parsing the markup into a document.</summary>
    Parsing,

    /// <summary>Reading what the page declares (JSON-LD, meta tags, visible byline and dateline).</summary>
    Metadata,

    /// <summary>Finding the main content (<c>ContentScorer</c>) and taking it out of the page.</summary>
    MainContent,

    /// <summary>Applying the boilerplate rules (selectors, text rules, link lists).</summary>
    BoilerplateRules,

    /// <summary>Structuring the content into title, byline, dateline and blocks.</summary>
    Structure,
}
