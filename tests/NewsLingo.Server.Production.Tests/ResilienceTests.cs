using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class ResilienceTests
{
    private static Dictionary<string, string?> WithFallback(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsLingo:Backends:Translator"] = "primary",
            ["NewsLingo:Backends:TranslatorFallbacks:0"] = "fake",
            ["NewsLingo:Cache:Enabled"] = "false",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task A_failing_backend_is_replaced_by_the_fallback_and_the_usage_says_why()
    {
        var primary = new ScriptedTranslator("primary") { FailAlways = true };
        var fallback = new ScriptedTranslator("fake");
        await using var host = NewsLingoHost.Start(
            WithFallback(("NewsLingo:Resilience:MaxRetries", "1")),
            s =>
            {
                s.AddKeyedSingleton<ITranslator>("primary", primary);
                s.AddKeyedSingleton<ITranslator>("fake", fallback);
            });

        var response = await host.Translation.TranslateAsync(Requests.Translate("Le maire a démissionné."));

        Assert.Equal("[es] Le maire a démissionné.", response.Texts[0].Translations[0].Text);
        var reason = Assert.Single(response.Usage.Fallbacks);
        Assert.StartsWith("primary failed (BACKEND_UNAVAILABLE: ", reason, StringComparison.Ordinal);
        Assert.EndsWith("; fake served", reason, StringComparison.Ordinal);
        Assert.Equal(2, primary.Calls);
        Assert.Contains(response.Usage.Backends, b => b.Backend == "fake" && b.Characters == "Le maire a démissionné.".Length);
    }

    [Fact]
    public async Task A_dead_primary_is_skipped_once_its_circuit_opens()
    {
        var primary = new ScriptedTranslator("primary") { FailAlways = true };
        await using var host = NewsLingoHost.Start(
            WithFallback(("NewsLingo:Resilience:MaxRetries", "0"), ("NewsLingo:Resilience:CircuitMinimumThroughput", "2")),
            s => s.AddKeyedSingleton<ITranslator>("primary", primary));

        for (var i = 0; i < 6; i++)
        {
            var response = await host.Translation.TranslateAsync(Requests.Translate($"Dépêche numéro {i}."));
            Assert.Equal($"[es] Dépêche numéro {i}.", response.Texts[0].Translations[0].Text);
        }

        var last = await host.Translation.TranslateAsync(Requests.Translate("Dernière dépêche."));

        Assert.Equal(2, primary.Calls);
        Assert.Contains("circuit is open", Assert.Single(last.Usage.Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_backend_is_retried_after_the_delay_it_asked_for()
    {
        var retryAfter = TimeSpan.FromMilliseconds(300);
        var primary = new ScriptedTranslator("fake", new BackendException("fake", BackendFailure.RateLimited, "429 Too Many Requests.", retryAfter));
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?> { ["NewsLingo:Cache:Enabled"] = "false" },
            s => s.AddKeyedSingleton<ITranslator>("fake", primary));
        using var delays = new MetricCollector<double>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), NewsLingoMetrics.MeterName, "newslingo.backend.retry_delay");

        var response = await host.Translation.TranslateAsync(Requests.Translate("Les marchés ont ouvert en baisse."));

        Assert.Equal("[es] Les marchés ont ouvert en baisse.", response.Texts[0].Translations[0].Text);
        Assert.Equal(2, primary.Calls);
        Assert.Empty(response.Usage.Fallbacks);
        var delay = Assert.Single(delays.GetMeasurementSnapshot());
        Assert.Equal(retryAfter.TotalSeconds, delay.Value, 6);
        Assert.Equal("fake", delay.Tags["backend"]);
    }

    [Fact]
    public async Task A_backend_asking_to_wait_too_long_is_not_retried_and_the_caller_is_told_when_to_come_back()
    {
        var primary = new ScriptedTranslator("fake", new BackendException("fake", BackendFailure.RateLimited, "quota exhausted.", TimeSpan.FromMinutes(5)));
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?> { ["NewsLingo:Cache:Enabled"] = "false" },
            s => s.AddKeyedSingleton<ITranslator>("fake", primary));

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Translation.TranslateAsync(Requests.Translate("Bonjour.")).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(1, primary.Calls);
        var retry = error.GetRpcStatus()!.GetDetail<Google.Rpc.RetryInfo>();
        Assert.Equal(TimeSpan.FromMinutes(5), retry.RetryDelay.ToTimeSpan());
    }

    [Fact]
    public async Task A_fallback_naming_no_backend_stops_the_server_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { ["NewsLingo:Backends:TranslatorFallbacks:0"] = "nope" };

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = NewsLingoHost.Start(settings);
        });

        Assert.Contains("NewsLingo:Backends:TranslatorFallbacks:0 = 'nope'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_summarizer_is_replaced_by_the_fallback_and_the_summary_is_still_in_the_target_language()
    {
        var llm = new FailingSummarizer("llm-test");
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?>
            {
                ["NewsLingo:Backends:Summarizer"] = "llm-test",
                ["NewsLingo:Backends:SummarizerFallbacks:0"] = "fake",
                ["NewsLingo:Resilience:MaxRetries"] = "0",
            },
            s => s.AddKeyedSingleton<Core.Summarization.ISummarizer>("llm-test", llm));

        var response = await host.Summaries.SummarizeAsync(new Contracts.V1.SummarizeRequest
        {
            Text = Samples.Read("palmyre-euronews.txt"),
            SourceLanguage = "fr",
            TargetLanguage = "en",
        });

        Assert.Equal(1, llm.Calls);
        Assert.StartsWith("llm-test failed (BACKEND_UNAVAILABLE: ", Assert.Single(response.Usage.Fallbacks), StringComparison.Ordinal);
        Assert.EndsWith("; fake served", response.Usage.Fallbacks[0], StringComparison.Ordinal);
        Assert.StartsWith("[en] ", response.Summary.Text, StringComparison.Ordinal);
    }
}
