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

    public static ArticleInput FromText(string text) => new(ArticleInputFormat.PlainText, text, null);

    public static ArticleInput FromHtml(string html) => new(ArticleInputFormat.Html, html, null);

    public static ArticleInput FromStructure(Article article) => new(ArticleInputFormat.Structured, null, article);
}
