namespace NewsLingo.Core.Articles;

/// <summary>The role a block plays in an article's body.</summary>
public enum ArticleBlockKind
{
    Paragraph = 0,
    Subheading = 1,
}
