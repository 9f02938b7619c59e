namespace NewsLingo.Core.Articles;

/// <summary>How an article reaches the service.</summary>
public enum ArticleInputFormat
{
    /// <summary>Text as a scraper hands it over: blank-line separated blocks with boilerplate mixed in.</summary>
    PlainText = 0,

    /// <summary>An HTML page or fragment.</summary>
    Html = 1,

    /// <summary>Already structured by the caller (title, subheadings, paragraphs).</summary>
    Structured = 2,
}
