using NewsLingo.Core.Articles.Html;

namespace NewsLingo.Core.Articles;

/// <summary>An article after parsing and cleaning, with everything cleaning removed.</summary>
/// <param name="Article">The structured, cleaned article.</param>
/// <param name="Removed">What was dropped as boilerplate, in input order.</param>
/// <param name="ContainsMarkup">True when block texts carry inline HTML that must survive translation.</param>
public sealed record ReadArticle(Article Article, IReadOnlyList<RemovedBoilerplate> Removed, bool ContainsMarkup)
{
    /// <summary>The language the page declared (html lang, JSON-LD inLanguage), a hint for detection; null for text.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Rules that matched but were not applied because they would have removed the article.</summary>
    public IReadOnlyList<SkippedBoilerplateRule> SkippedRules { get; init; } = [];

    /// <summary>Stages of reading that failed on this page, and how it was read instead (empty when every stage ran).</summary>
    public IReadOnlyList<ReadingFallback> Fallbacks { get; init; } = [];

    /// <summary>Characters of boilerplate that will not be sent to any backend.</summary>
    public long RemovedCharacters => Removed.Sum(r => (long)r.Text.Length);

    /// <summary>
    /// The article with every block as safe inline HTML (<see cref="SafeHtml"/>): plain blocks
    /// encoded, markup sanitized. Title, byline and dateline stay plain text.
    /// </summary>
    public ReadArticle AsSafeHtml()
    {
        var blocks = new ArticleBlock[Article.Blocks.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = Article.Blocks[i];
            blocks[i] = block with { Text = ContainsMarkup ? SafeHtml.Sanitize(block.Text) : SafeHtml.Encode(block.Text) };
        }

        return this with { Article = Article with { Blocks = blocks }, ContainsMarkup = true };
    }
}
