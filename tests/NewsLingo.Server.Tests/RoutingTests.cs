using Grpc.Core;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Backends.Offline.Tests.Apertium;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>Several enabled translators, routing by direction, and the caller's own choice, on real Apertium and the local Translator emulation.</summary>
public sealed class RoutingTests
{
    /// <summary>The newsroom of the README: Spanish offline for free, everything else on Azure.</summary>
    private static NewsLingoHost Newsroom(TranslatorEmulator azure, string offline = "apertium") =>
        new NewsLingoHost()
            .With("NewsLingo:Backends:Translator", offline)
            .With("NewsLingo:Backends:Translators:0", "azure")
            .With("NewsLingo:Backends:Routes:0:Source", "fr")
            .With("NewsLingo:Backends:Routes:0:Target", "es")
            .With("NewsLingo:Backends:Routes:0:Translator", offline)
            .With("NewsLingo:Backends:Routes:1:Translator", "azure")
            .With("NewsLingo:Azure:Translator:Endpoint", azure.Endpoint.ToString())
            .With("NewsLingo:Azure:Translator:Key", TranslatorEmulator.ValidKey)
            .With("NewsLingo:Azure:Translator:Region", TranslatorEmulator.ValidRegion);

    [ApertiumFact]
    public async Task Each_target_of_one_article_is_translated_and_billed_by_its_routed_backend()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var host = Newsroom(azure).With("NewsLingo:Backends:Summarizer", "extractive");

        var response = await host.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "es", "en" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        var spanish = response.Translations[0];
        var english = response.Translations[1];
        Assert.Equal("apertium", spanish.Translator);
        Assert.DoesNotContain("[es]", spanish.Article.Title, StringComparison.Ordinal);
        Assert.Equal(["apertium"], spanish.Usage.Backends.Select(b => b.Backend).Where(b => b != "extractive"));
        Assert.Equal("azure", english.Translator);
        Assert.StartsWith("[en] ", english.Article.Title, StringComparison.Ordinal);
        Assert.Equal(["azure"], english.Usage.Backends.Select(b => b.Backend).Where(b => b != "extractive"));
        Assert.Equal("extractive+azure", english.Summary.Backend);

        // Azure saw English only, and billed what it was sent.
        Assert.All(azure.RequestsTo("/translate"), r => Assert.Equal("en", r.QueryValue("to")));
        Assert.True(english.Usage.Backends.Single(b => b.Backend == "azure").Characters > 0);
        Assert.Equal(
            ["apertium", "azure"],
            response.Usage.Backends.Select(b => b.Backend).Where(b => b != "extractive").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_request_choice_wins_over_the_routing_for_all_targets_or_one()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var host = Newsroom(azure, offline: "fake");

        var routed = await host.Translation.TranslateAsync(new TranslateRequest { SourceLanguage = "fr", Texts = { "Le maire a parlé." }, TargetLanguages = { "es", "en" } });
        Assert.Equal("fake, azure", routed.Translator);

        var allOnFake = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr", Texts = { "Le maire a parlé." }, TargetLanguages = { "es", "en" }, Translator = "fake",
        });
        Assert.Equal("fake", allOnFake.Translator);

        var sentBefore = azure.RequestsTo("/translate").Count;
        var spanishOnAzure = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr", Texts = { "Le maire a parlé hier." }, TargetLanguages = { "es", "en" }, Translator = "fake", TranslatorsByTarget = { ["es"] = "azure" },
        });
        Assert.Equal("[es] Le maire a parlé hier.", spanishOnAzure.Texts[0].Translations[0].Text);
        Assert.Equal(["es"], azure.RequestsTo("/translate").Skip(sentBefore).Select(r => r.QueryValue("to")).Distinct());
        Assert.Equal("[en] Le maire a parlé hier.", spanishOnAzure.Texts[0].Translations[1].Text);
        Assert.Equal(["azure", "fake"], spanishOnAzure.Usage.Backends.Select(b => b.Backend).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_backend_the_deployment_does_not_enable_is_refused_naming_the_enabled_ones()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var host = Newsroom(azure, offline: "fake");

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await host.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = "Le maire a parlé devant le conseil municipal." },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr", TranslatorsByTarget = { ["en"] = "llm" } },
        }));

        var info = RpcAssert.ErrorInfo(status);
        Assert.Equal("BACKEND_NOT_ENABLED", info.Reason);
        Assert.Equal("fake,azure", info.Metadata["enabled"]);
        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("options.translators_by_target[en]", violation.Field);
        Assert.Contains("fake, azure", violation.Description, StringComparison.Ordinal);

        var summarizer = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await host.Summaries.SummarizeAsync(new SummarizeRequest
        {
            Text = "Le maire a parlé devant le conseil municipal. Il a annoncé un budget.",
            Options = new SummaryOptions { Summarizer = "llm" },
        }));
        Assert.Equal("options.summarizer", Assert.Single(RpcAssert.Violations(summarizer)).Field);
    }

    [Fact]
    public async Task The_cache_never_serves_one_backends_translation_to_a_request_for_another()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var host = Newsroom(azure, offline: "fake");
        var request = new TranslateRequest { SourceLanguage = "fr", Texts = { "Le conseil a voté le budget." }, TargetLanguages = { "es" } };

        var first = await host.Translation.TranslateAsync(request);
        var again = await host.Translation.TranslateAsync(request);
        Assert.Equal(1, again.Usage.CacheHits);
        Assert.Empty(azure.RequestsTo("/translate"));

        request.Translator = "azure";
        var onAzure = await host.Translation.TranslateAsync(request);

        Assert.Equal("fake", first.Translator);
        Assert.Equal("azure", onAzure.Translator);
        Assert.Equal(0, onAzure.Usage.CacheHits);
        Assert.Single(azure.RequestsTo("/translate"));
    }

    [Fact]
    public async Task ListLanguages_shows_each_backend_its_directions_and_where_a_direction_goes()
    {
        await using var azure = await TranslatorEmulator.StartAsync();
        using var host = Newsroom(azure, offline: "fake");

        var languages = await host.Translation.ListLanguagesAsync(new ListLanguagesRequest { SourceLanguage = "fr" });

        Assert.Equal("fake", languages.Translator);
        Assert.Equal(["fake", "azure"], languages.Translators.Select(t => t.Name));
        Assert.True(languages.Translators[0].IsDefault);
        Assert.All(languages.Translators, t => Assert.Contains(t.Directions, d => d.SourceLanguage == "fr" && d.TargetLanguage == "en"));
        Assert.Equal(2, languages.Routes.Count);
        Assert.Equal(("fr", "es", "fake"), (languages.Routes[0].SourceLanguage, languages.Routes[0].TargetLanguage, languages.Routes[0].Translator));
        Assert.Equal(("*", "*", "azure"), (languages.Routes[1].SourceLanguage, languages.Routes[1].TargetLanguage, languages.Routes[1].Translator));
        Assert.Equal("fake", languages.Routed.Single(d => d.SourceLanguage == "fr" && d.TargetLanguage == "es").Translator);
        Assert.Equal("azure", languages.Routed.Single(d => d.SourceLanguage == "fr" && d.TargetLanguage == "en").Translator);
    }

    [Fact]
    public void A_route_to_a_translator_that_is_not_enabled_stops_start_up_naming_the_setting()
    {
        using var host = new NewsLingoHost()
            .With("NewsLingo:Backends:Routes:0:Target", "en")
            .With("NewsLingo:Backends:Routes:0:Translator", "azure")
            .With("NewsLingo:Backends:Routes:1:Source", "not a tag!")
            .With("NewsLingo:Backends:Routes:1:Translator", "fake");

        var message = Assert.ThrowsAny<Exception>(() => host.Server).ToString();

        Assert.Contains("NewsLingo:Backends:Routes:0:Translator = 'azure' is not an enabled translator", message, StringComparison.Ordinal);
        Assert.Contains("NewsLingo:Backends:Routes:1:Source = 'not a tag!'", message, StringComparison.Ordinal);
    }
}
