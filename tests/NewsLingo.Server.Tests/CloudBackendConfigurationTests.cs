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

    [Fact]
    public async Task An_LLM_summary_rejected_twice_is_written_by_the_extractive_fallback_by_default_and_every_report_says_so()
    {
        await using var llm = await ChatCompletionsEmulator.StartAsync();
        const string invented = """{"sentences":["Vladimir Putin announced the capture of Palmyra."]}""";
        llm.Script(ScriptedReply.Answer(invented, promptTokens: 700, completionTokens: 20), ScriptedReply.Answer(invented, promptTokens: 710, completionTokens: 20));
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Backends:Summarizer", "llm")
            .With("NewsLingo:Llm:Provider", "OpenAI")
            .With("NewsLingo:Llm:ModelId", "gpt-4o-mini")
            .With("NewsLingo:Llm:Endpoint", llm.BaseUrl.AbsoluteUri)
            .With("NewsLingo:Llm:ApiKey", ChatCompletionsEmulator.ValidKey);
        var summaries = new SummarizationService.SummarizationServiceClient(factory.CreateChannel());
        var translation = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var response = await summaries.SummarizeAsync(new SummarizeRequest
        {
            Text = Samples.Read("palmyre-euronews.txt"),
            SourceLanguage = "fr",
            TargetLanguage = "en",
            Options = new SummaryOptions { MaxSentences = 2 },
        });
        var languages = await translation.ListLanguagesAsync(new ListLanguagesRequest());

        // No configuration named a fallback: the LLM's own default (extractive) served, as an ordinary fallback.
        Assert.Equal("extractive+fake", response.Summary.Backend);
        Assert.DoesNotContain(response.Summary.Sentences, s => s.Contains("Putin", StringComparison.Ordinal));
        var fallback = Assert.Single(response.Usage.Fallbacks);
        Assert.StartsWith("llm failed (BACKEND_INVALID_RESPONSE: ", fallback, StringComparison.Ordinal);
        Assert.EndsWith("; extractive served", fallback, StringComparison.Ordinal);
        Assert.Equal(1410, Assert.Single(response.Usage.Backends, b => b.Backend == "llm").InputTokens);
        Assert.Equal(["extractive"], languages.SummarizerBackends.Single(s => s.Name == "llm").Fallbacks);
        Assert.Equal(2, llm.Requests.Count);
    }

    private const string FaithfulEnglishSummary =
        """{"sentences":["The Syrian army says it has retaken the whole city of Palmyra from the jihadists.","At least 400 jihadists have been killed since the offensive began on 7 March."]}""";
}
