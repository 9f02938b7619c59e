namespace NewsLingo.Core.Articles;

/// <summary>A news article as structure: title, byline, dateline, and body blocks in order.</summary>
/// <param name="Title">The headline, or null when the input had none.</param>
/// <param name="Byline">Who wrote it ("Par Euronews avec agences"), when present.</param>
/// <param name="Dateline">Where/when it was filed, when present.</param>
/// <param name="Blocks">Subheadings and paragraphs in reading order.</param>
public sealed record Article(string? Title, string? Byline, string? Dateline, IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>Authors, dates, site and address the page declared (none for plain text).</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    public IEnumerable<ArticleBlock> Paragraphs => Blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph);

    public IEnumerable<ArticleBlock> Subheadings => Blocks.Where(b => b.Kind == ArticleBlockKind.Subheading);
}
