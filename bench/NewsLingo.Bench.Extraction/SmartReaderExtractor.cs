namespace NewsLingo.Bench.Extraction;

/// <summary>SmartReader 0.11.1 (Readability's port on AngleSharp) on a page, for the side-by-side figure (--smartreader).</summary>
internal static class SmartReaderExtractor
{
    public static (string Body, string? Title, string? Byline) Read(string html, string url)
    {
        var reader = new SmartReader.Reader(url, html) { Debug = false };
        var article = reader.GetArticle();
        if (!article.IsReadable)
        {
            return (string.Empty, article.Title, article.Author);
        }

        return (article.Content ?? string.Empty, article.Title, article.Author);
    }
}
