using NewsLingo.Core.Articles;

namespace NewsLingo.Testing.Fuzzing;

/// <summary>What every article the reader returns must hold, whatever page it came from.</summary>
public static class ArticleInvariants
{
    /// <summary>Blocks safe to render, every string carriable by protobuf and JSON.</summary>
    public static void AssertHold(ReadArticle read)
    {
        var article = read.Article;
        SafeOutput.AssertWellFormed(article.Title, "title");
        SafeOutput.AssertWellFormed(article.Byline, "byline");
        SafeOutput.AssertWellFormed(article.Dateline, "dateline");
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            SafeOutput.AssertSafeBlock(article.Blocks[i].Text, $"blocks[{i}]");
        }

        foreach (var removed in read.Removed)
        {
            SafeOutput.AssertWellFormed(removed.Text, $"removed ({removed.Rule})");
        }

        foreach (var author in article.Metadata.Authors)
        {
            SafeOutput.AssertWellFormed(author, "authors");
        }

        SafeOutput.AssertWellFormed(article.Metadata.SiteName, "site_name");
        SafeOutput.AssertWellFormed(article.Metadata.CanonicalUrl, "canonical_url");
        SafeOutput.AssertWellFormed(read.DeclaredLanguage, "declared_language");
    }
}
