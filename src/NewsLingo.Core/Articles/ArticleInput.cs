namespace NewsLingo.Core.Articles;

/// <summary>An article as received: raw text or HTML in <see cref="Raw"/>, or a caller-built <see cref="Structured"/> article.</summary>
public sealed record ArticleInput
{
    private ArticleInput(ArticleInputFormat format, string? raw, Article? structured)
    {
        Format = format;
        Raw = raw;
        Structured = structured;
    }

    public ArticleInputFormat Format { get; }

    public string? Raw { get; }

    public Article? Structured { get; }

    /// <summary>
    /// For HTML: the most elements the page may make once parsed (the parser counts them as it builds
    /// the page, and stops past it with HTML_TOO_COMPLEX); null for no limit. The tags counted before
    /// parsing (<see cref="Html.HtmlShape"/>) can miss elements the parser makes itself, such as the
    /// formatting elements HTML reopens in every paragraph.
    /// </summary>
    public int? MaxHtmlElements { get; private init; }

    public static ArticleInput FromText(string text) => new(ArticleInputFormat.PlainText, text, null);

    public static ArticleInput FromHtml(string html, int? maxElements = null) => new(ArticleInputFormat.Html, html, null) { MaxHtmlElements = maxElements };

    public static ArticleInput FromStructure(Article article) => new(ArticleInputFormat.Structured, null, article);
}
