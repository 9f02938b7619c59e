namespace NewsLingo.Core.Articles;

/// <summary>
/// What a page declares about its article, from the best source that has it (JSON-LD, then meta
/// tags, then visible text). Every field is optional: plain-text input has none of them.
/// </summary>
/// <param name="Authors">Author names, in the page's order, without "By"/"Par".</param>
/// <param name="Published">When it was first published.</param>
/// <param name="Modified">When it was last updated.</param>
/// <param name="SiteName">The publication ("Le Monde"), not a URL.</param>
/// <param name="CanonicalUrl">The page's canonical address.</param>
public sealed record ArticleMetadata(
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published = null,
    DateTimeOffset? Modified = null,
    string? SiteName = null,
    string? CanonicalUrl = null)
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata None { get; } = new([]);
}
