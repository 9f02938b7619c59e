namespace NewsLingo.Core.Articles;

/// <summary>One block of an article's body, in reading order. <paramref name="Text"/> may hold inline HTML when the article came as HTML.</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);
