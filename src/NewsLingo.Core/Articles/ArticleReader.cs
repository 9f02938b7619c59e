namespace NewsLingo.Core.Articles;

/// <summary>Interim reader: blank-line blocks, first block as title (the article-aware reader replaces this).</summary>
public sealed class ArticleReader : IArticleReader
{
    public ReadArticle Read(ArticleInput input, bool removeBoilerplate)
    {
        if (input.Structured is { } structured)
        {
            return new ReadArticle(structured, [], false);
        }

        var blocks = (input.Raw ?? string.Empty)
            .ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var title = blocks.Count > 0 ? blocks[0] : null;
        var body = blocks.Skip(1).Select(b => new ArticleBlock(ArticleBlockKind.Paragraph, b)).ToList();
        return new ReadArticle(new Article(title, null, null, body), [], false);
    }
}
