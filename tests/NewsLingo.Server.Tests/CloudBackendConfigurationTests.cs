using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>The server runs on the cloud backends by configuration alone, here against local emulations of their APIs.</summary>
public sealed class CloudBackendConfigurationTests
{
    [Fact]
    public async Task ProcessArticle_runs_on_Azure_Translator_when_configured_to()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var factory = new NewsLingoHost()
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

    [Fact]
    public async Task ProcessArticle_summarizes_with_an_LLM_and_translates_with_Azure_when_configured_to()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        await using var llm = await ChatCompletionsEmulator.StartAsync();
        llm.Script(ScriptedReply.Answer(FaithfulEnglishSummary, promptTokens: 900, completionTokens: 40));
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Backends:Translator", "azure")
            .With("NewsLingo:Backends:Summarizer", "llm")
            .With("NewsLingo:Azure:Translator:Endpoint", azure.Endpoint.ToString())
            .With("NewsLingo:Azure:Translator:Key", TranslatorEmulator.ValidKey)
            .With("NewsLingo:Azure:Translator:Region", TranslatorEmulator.ValidRegion)
            .With("NewsLingo:Llm:Provider", "OpenAI")
            .With("NewsLingo:Llm:ModelId", "gpt-4o-mini")
            .With("NewsLingo:Llm:Endpoint", llm.BaseUrl.AbsoluteUri)
            .With("NewsLingo:Llm:ApiKey", ChatCompletionsEmulator.ValidKey);
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { Summary = new SummaryOptions { MaxSentences = 2 } },
        });

        var translation = Assert.Single(response.Translations);
        Assert.Equal("azure", translation.Translator);
        Assert.Equal("llm", translation.Summary.Backend);
        Assert.Equal("en", translation.Summary.Language);
        Assert.StartsWith("The Syrian army says", translation.Summary.Sentences[0], StringComparison.Ordinal);
        Assert.Empty(translation.Summary.Note);
        var llmUsage = Assert.Single(response.Usage.Backends, b => b.Backend == "llm");
        Assert.Equal(900, llmUsage.InputTokens);
        Assert.Equal(40, llmUsage.OutputTokens);
        Assert.Single(llm.Requests);
    }

    private const string FaithfulEnglishSummary =
        """{"sentences":["The Syrian army says it has retaken the whole city of Palmyra from the jihadists.","At least 400 jihadists have been killed since the offensive began on 7 March."]}""";
}
