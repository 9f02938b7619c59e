namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The ways to read an HTML page, richest first. When a stage fails the page is read again the next
/// way that does not use that stage; the last way of all, the page's text as scraped text, uses none.
/// </summary>
internal enum PageReading
{
    /// <summary>Metadata, main-content detection, the boilerplate rules around and inside the content.</summary>
    Detected,

    /// <summary>Metadata and the whole body through the boilerplate rules, no detection.</summary>
    WholeWithRules,

    /// <summary>Metadata and the whole body as it is (what keep_boilerplate asks for).</summary>
    WholeAsIs,

    /// <summary>The page's text with its tags stripped, read as scraped text: no parser, no rules.</summary>
    PageText,
}
