using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Pipeline;

/// <summary>One element translated into one target; per target, elements come in article order.</summary>
/// <param name="Target">The target language.</param>
/// <param name="Element">Title, byline, dateline or a body block.</param>
/// <param name="BlockIndex">For <see cref="ArticleElement.Block"/>, the index in the source's blocks; else -1.</param>
/// <param name="BlockKind">For a block: paragraph or subheading.</param>
/// <param name="Text">The translated text.</param>
public sealed record ElementTranslated(LanguageTag Target, ArticleElement Element, int BlockIndex, ArticleBlockKind BlockKind, string Text) : ArticleEvent
{
    /// <summary>Facts of the source element this translation lost or changed.</summary>
    public IReadOnlyList<Facts.FactIssue> FactIssues { get; init; } = [];

    /// <summary>How the response names the element: "title", "byline", "dateline", "blocks[3]".</summary>
    public string Path => Element switch
    {
        ArticleElement.Title => "title",
        ArticleElement.Byline => "byline",
        ArticleElement.Dateline => "dateline",
        _ => $"blocks[{BlockIndex}]",
    };
}
