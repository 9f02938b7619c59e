using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;

namespace NewsLingo.Server.Tests;

/// <summary>The server runs on the cloud backends by configuration alone, here against local emulations of their APIs.</summary>
public sealed class CloudBackendConfigurationTests
{
    [Fact]
    public async Task ProcessArticle_runs_on_Azure_Translator_when_configured_to()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var factory = new NewsLingoServerFactory()
            .With("NewsLingo:Backends:Translator", "azure")
            .With("NewsLingo:Azure:Translator:Endpoint", azure.Endpoint.ToString())
            .With("NewsLingo:Azure:Translator:Key", TranslatorEmulator.ValidKey)
            .With("NewsLingo:Azure:Translator:Region", TranslatorEmulator.ValidRegion);
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "es", "de" },
        });

        Assert.All(response.Translations, t => Assert.Equal("azure", t.Translator));
        Assert.StartsWith("[es] ", response.Translations[0].Article.Title);
        Assert.StartsWith("[de] ", response.Translations[1].Article.Blocks[0].Text);
        Assert.Contains(response.Usage.Backends, b => b.Backend == "azure" && b.Characters > 0);
        // Article blocks and the translated summary travel as arrays: a handful of calls, not one per paragraph.
        Assert.InRange(azure.RequestsTo("/translate").Count, 2, 4);
    }
}
