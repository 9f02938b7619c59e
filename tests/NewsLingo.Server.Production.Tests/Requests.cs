using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

/// <summary>Requests built from the sample articles.</summary>
public static class Requests
{
    public static TranslateRequest Translate(params string[] texts)
    {
        var request = new TranslateRequest { SourceLanguage = "fr", TargetLanguages = { "es" } };
        request.Texts.AddRange(texts);
        return request;
    }

    public static ProcessArticleRequest Article(string name, params string[] targets)
    {
        var request = new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read(name) },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        };
        request.TargetLanguages.AddRange(targets);
        return request;
    }
}
