using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory.Corrections;

/// <summary>
/// An editor's correction of one element of an earlier response: the article as ProcessArticle took
/// it, the element, and its corrected translation (as the response showed it: safe inline HTML, or
/// plain text).
/// </summary>
public sealed record ElementCorrection(
    ArticleInput Article,
    bool RemoveBoilerplate,
    LanguageTag? SourceLanguage,
    ElementLocator Element,
    LanguageTag TargetLanguage,
    string CorrectedText)
{
    /// <summary>The article's id or canonical address; the page's canonical address when not given.</summary>
    public string? ArticleId { get; init; }

    public string? Author { get; init; }
}
