namespace NewsLingo.Core.Memory;

/// <summary>Which entries to list: those of an article, or those of an author (exactly one is set).</summary>
public sealed record MemoryListFilter
{
    private MemoryListFilter(string? articleId, string? author)
    {
        ArticleId = articleId;
        Author = author;
    }

    public string? ArticleId { get; }

    public string? Author { get; }

    public static MemoryListFilter ByArticle(string articleId) => new(articleId, null);

    public static MemoryListFilter ByAuthor(string author) => new(null, author);
}
