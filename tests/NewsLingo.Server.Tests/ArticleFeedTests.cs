using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class ArticleFeedTests
{
    [Fact]
    public async Task ProcessArticles_answers_every_request_by_id_and_a_bad_article_does_not_end_the_stream()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        using var call = client.ProcessArticles();
        await call.RequestStream.WriteAsync(new ProcessArticlesRequest
        {
            RequestId = "palmyre",
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en" },
        });
        await call.RequestStream.WriteAsync(new ProcessArticlesRequest { RequestId = "no-targets", Article = new ArticleContent { Text = "Un texte." } });
        await call.RequestStream.WriteAsync(new ProcessArticlesRequest { Article = new ArticleContent { Text = "Sans identifiant." }, TargetLanguages = { "en" } });
        await call.RequestStream.WriteAsync(new ProcessArticlesRequest
        {
            RequestId = "budget",
            Article = new ArticleContent { Text = Samples.Read("budget-long.txt") },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });
        await call.RequestStream.CompleteAsync();

        var responses = new List<ProcessArticlesResponse>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            responses.Add(response);
        }

        Assert.Equal(4, responses.Count);
        var byId = responses.ToDictionary(r => r.RequestId);
        Assert.Equal(ProcessArticlesResponse.ResultOneofCase.Article, byId["palmyre"].ResultCase);
        Assert.Equal("en", byId["palmyre"].Article.Translations.Single().TargetLanguage);
        Assert.Equal(ProcessArticlesResponse.ResultOneofCase.Article, byId["budget"].ResultCase);
        Assert.Equal((int)StatusCode.InvalidArgument, byId["no-targets"].Error.Code);
        Assert.Contains(byId["no-targets"].Error.Details, d => d.Is(Google.Rpc.BadRequest.Descriptor));
        Assert.Equal((int)StatusCode.InvalidArgument, byId[string.Empty].Error.Code);
        Assert.Contains("request_id", byId[string.Empty].Error.Message);
    }
}
