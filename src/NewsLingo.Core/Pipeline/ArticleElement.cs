namespace NewsLingo.Core.Pipeline;

/// <summary>Which part of an article a translated text is.</summary>
public enum ArticleElement
{
    Title = 1,
    Byline = 2,
    Dateline = 3,
    Block = 4,
}
