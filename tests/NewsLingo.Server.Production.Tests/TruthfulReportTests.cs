using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

/// <summary>Reports name the backends that produced the text, and say when to come back the way each transport expects.</summary>
public sealed class TruthfulReportTests
{
    [Fact]
    public async Task When_a_fallback_translates_every_report_names_the_fallback_and_the_usage_names_the_primary()
    {
        var primary = new ScriptedTranslator("primary") { FailAlways = true };
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?>
            {
                ["NewsLingo:Backends:Translator"] = "primary",
                ["NewsLingo:Backends:TranslatorFallbacks:0"] = "fake",
                ["NewsLingo:Resilience:MaxRetries"] = "0",
            },
            s => s.AddKeyedSingleton<ITranslator>("primary", primary));

        var texts = await host.Translation.TranslateAsync(Requests.Translate("Le maire a démissionné."));
        var article = await host.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "en"));

        Assert.Equal("fake", texts.Translator);
        Assert.Equal("fake", article.Translations[0].Translator);
        Assert.Equal("fake+fake", article.Translations[0].Summary.Backend);
        Assert.All(article.Translations[0].Usage.Fallbacks, f => Assert.StartsWith("primary failed", f, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Usage.Backends, b => b.Backend == "primary");
    }

    [Fact]
    public async Task When_a_fallback_summarizes_the_summary_names_it()
    {
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?>
            {
                ["NewsLingo:Backends:Summarizer"] = "llm-test",
                ["NewsLingo:Backends:SummarizerFallbacks:0"] = "fake",
                ["NewsLingo:Resilience:MaxRetries"] = "0",
            },
            s => s.AddKeyedSingleton<ISummarizer>("llm-test", new FailingSummarizer("llm-test")));

        var article = await host.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "en"));

        Assert.Equal("fake+fake", article.Translations[0].Summary.Backend);
        Assert.Contains(article.Usage.Fallbacks, f => f.StartsWith("llm-test failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rate_limited_json_call_carries_Retry_After_like_the_gRPC_RetryInfo()
    {
        var limited = new ScriptedTranslator("fake", new BackendException("fake", BackendFailure.RateLimited, "quota exhausted.", TimeSpan.FromSeconds(2.2)));
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?> { ["NewsLingo:Cache:Enabled"] = "false", ["NewsLingo:Resilience:MaxRetries"] = "0" },
            s => s.AddKeyedSingleton<ITranslator>("fake", limited));
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync("/v1/translate", new { texts = new[] { "Bonjour." }, sourceLanguage = "fr", targetLanguages = new[] { "es" } });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Identical_articles_at_once_are_translated_once()
    {
        var crowded = new ScriptedTranslator("fake") { Latency = TimeSpan.FromMilliseconds(300) };
        var alone = new ScriptedTranslator("fake");
        await using var crowd = NewsLingoHost.Start(services: s => s.AddKeyedSingleton<ITranslator>("fake", crowded));
        await using var single = NewsLingoHost.Start(services: s => s.AddKeyedSingleton<ITranslator>("fake", alone));
        var request = Requests.Article("palmyre-euronews.txt", "es");
        request.Options.SkipSummary = true;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => crowd.Articles.ProcessArticleAsync(request).ResponseAsync));
        await single.Articles.ProcessArticleAsync(request);

        Assert.Equal(alone.Calls, crowded.Calls);
        Assert.Equal(alone.Characters, crowded.Characters);
        Assert.Equal(alone.Characters, responses.Sum(r => r.Usage.Backends.Sum(b => b.Characters)));
        Assert.All(responses, r => Assert.Equal(responses[0].Translations[0].Article, r.Translations[0].Article));
    }
}
