using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class CacheTests
{
    [Fact]
    public async Task Repeating_an_article_costs_no_backend_characters_and_reports_the_hits()
    {
        var translator = new ScriptedTranslator("fake");
        await using var host = NewsLingoHost.Start(services: s => s.AddKeyedSingleton<ITranslator>("fake", translator));

        var first = await host.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "es", "en"));
        var callsAfterFirst = translator.Calls;
        var charactersAfterFirst = translator.Characters;
        var second = await host.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "es", "en"));

        Assert.True(callsAfterFirst > 0);
        Assert.True(first.Usage.SegmentsTranslated > 0);
        Assert.Equal(callsAfterFirst, translator.Calls);
        Assert.Equal(charactersAfterFirst, translator.Characters);
        Assert.DoesNotContain(second.Usage.Backends, b => b.Backend == "fake" && b.Characters > 0);
        Assert.Equal(0, second.Usage.SegmentsTranslated);
        Assert.True(second.Usage.CacheHits >= first.Usage.SegmentsTranslated, $"cache hits {second.Usage.CacheHits} < {first.Usage.SegmentsTranslated} segments first translated");
        Assert.Equal(
            first.Translations.Select(t => t.Article.ToString()),
            second.Translations.Select(t => t.Article.ToString()));
    }

    [Fact]
    public async Task Only_the_new_texts_of_a_request_reach_the_backend()
    {
        var translator = new ScriptedTranslator("fake");
        await using var host = NewsLingoHost.Start(services: s => s.AddKeyedSingleton<ITranslator>("fake", translator));

        await host.Translation.TranslateAsync(Requests.Translate("Le conseil municipal a voté le budget."));
        var before = translator.Characters;
        var mixed = await host.Translation.TranslateAsync(Requests.Translate("Le conseil municipal a voté le budget.", "La séance est levée."));

        Assert.Equal("La séance est levée.".Length, translator.Characters - before);
        Assert.Equal(1, mixed.Usage.CacheHits);
        Assert.Equal("[es] La séance est levée.", mixed.Texts[1].Translations[0].Text);
        Assert.Equal("[es] Le conseil municipal a voté le budget.", mixed.Texts[0].Translations[0].Text);
    }

    [Fact]
    public async Task Turning_the_cache_off_sends_every_repeat_to_the_backend()
    {
        var translator = new ScriptedTranslator("fake");
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?> { ["NewsLingo:Cache:Enabled"] = "false" },
            s => s.AddKeyedSingleton<ITranslator>("fake", translator));

        await host.Translation.TranslateAsync(Requests.Translate("Bonjour à tous."));
        var repeat = await host.Translation.TranslateAsync(Requests.Translate("Bonjour à tous."));

        Assert.Equal(2, translator.Calls);
        Assert.Equal(0, repeat.Usage.CacheHits);
    }
}
