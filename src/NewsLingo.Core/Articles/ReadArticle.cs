namespace NewsLingo.Core.Articles;

/// <summary>An article after parsing and cleaning, with everything cleaning removed.</summary>
/// <param name="Article">The structured, cleaned article.</param>
/// <param name="Removed">What was dropped as boilerplate, in input order.</param>
/// <param name="ContainsMarkup">True when block texts carry inline HTML that must survive translation.</param>
public sealed record ReadArticle(Article Article, IReadOnlyList<RemovedBoilerplate> Removed, bool ContainsMarkup)
{
    /// <summary>Characters of boilerplate that will not be sent to any backend.</summary>
    public long RemovedCharacters => Removed.Sum(r => (long)r.Text.Length);
}
