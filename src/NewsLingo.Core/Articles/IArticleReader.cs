namespace NewsLingo.Core.Articles;

/// <summary>Turns an <see cref="ArticleInput"/> into a structured article and removes boilerplate.</summary>
public interface IArticleReader
{
    /// <summary>
    /// Parses <paramref name="input"/>. With <paramref name="removeBoilerplate"/> off, nothing
    /// is dropped; with it on, only what a rule recognises is dropped, and when unsure a block is kept.
    /// </summary>
    ReadArticle Read(ArticleInput input, bool removeBoilerplate);
}
