using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsLingo.Core.Translation;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests;

public sealed class RedisCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [RedisFact]
    public async Task A_second_server_sharing_Redis_answers_a_repeat_without_its_backend()
    {
        var settings = new Dictionary<string, string?> { ["NewsLingo:Cache:Redis"] = redis.Server.ConnectionString };
        var firstBackend = new ScriptedTranslator("fake");
        var secondBackend = new ScriptedTranslator("fake");
        await using var first = NewsLingoHost.Start(settings, s => s.AddKeyedSingleton<ITranslator>("fake", firstBackend));
        await using var second = NewsLingoHost.Start(settings, s => s.AddKeyedSingleton<ITranslator>("fake", secondBackend));

        var original = await first.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "es"));
        var repeat = await second.Articles.ProcessArticleAsync(Requests.Article("palmyre-euronews.txt", "es"));

        Assert.True(firstBackend.Calls > 0);
        Assert.Equal(0, secondBackend.Calls);
        Assert.True(repeat.Usage.CacheHits > 0);
        Assert.Empty(repeat.Usage.Backends);
        Assert.Equal(original.Translations[0].Summary.Text, repeat.Translations[0].Summary.Text);
        Assert.Equal(original.Translations[0].Article.ToString(), repeat.Translations[0].Article.ToString());
    }

    [RedisFact]
    public async Task Losing_Redis_mid_run_keeps_the_service_answering_and_health_degraded()
    {
        await using var own = await RedisServer.StartAsync();
        var logs = new CollectingLoggerProvider();
        await using var host = NewsLingoHost.Start(
            new Dictionary<string, string?> { ["NewsLingo:Cache:Redis"] = own.ConnectionString },
            s => s.AddSingleton<ILoggerProvider>(logs));
        using var http = host.CreateClient();

        await host.Translation.TranslateAsync(Requests.Translate("Avant la panne."));
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));

        await own.StopAsync();
        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await host.Translation.TranslateAsync(Requests.Translate($"Pendant la panne, appel {i}."));
            answers.Add(response.Texts[0].Translations[0].Text);
        }

        var health = await http.GetStringAsync("/healthz");
        var outageLogs = logs.Entries.Count(e => e.Message.StartsWith("Redis cache unreachable", StringComparison.Ordinal));

        Assert.Equal(["[es] Pendant la panne, appel 0.", "[es] Pendant la panne, appel 1.", "[es] Pendant la panne, appel 2."], answers);
        Assert.Equal("Degraded", health);
        Assert.Equal(1, outageLogs);

        // The in-memory level still answers repeats.
        var repeat = await host.Translation.TranslateAsync(Requests.Translate("Pendant la panne, appel 0."));
        Assert.Equal(1, repeat.Usage.CacheHits);
    }

    [RedisFact]
    public async Task A_segment_found_in_Redis_is_kept_in_memory_and_outlives_losing_Redis()
    {
        await using var own = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["NewsLingo:Cache:Redis"] = own.ConnectionString };
        var secondBackend = new ScriptedTranslator("fake");
        await using var first = NewsLingoHost.Start(settings, s => s.AddKeyedSingleton<ITranslator>("fake", new ScriptedTranslator("fake")));
        await using var second = NewsLingoHost.Start(settings, s => s.AddKeyedSingleton<ITranslator>("fake", secondBackend));

        var original = await first.Translation.TranslateAsync(Requests.Translate("Le budget est adopté."));
        var fromRedis = await second.Translation.TranslateAsync(Requests.Translate("Le budget est adopté."));
        await own.StopAsync();
        var fromMemory = await second.Translation.TranslateAsync(Requests.Translate("Le budget est adopté."));

        Assert.Equal(0, secondBackend.Calls);
        Assert.Equal(1, fromRedis.Usage.CacheHits);
        Assert.Equal(1, fromMemory.Usage.CacheHits);
        Assert.Equal(original.Texts[0].Translations[0].Text, fromRedis.Texts[0].Translations[0].Text);
        Assert.Equal(original.Texts[0].Translations[0].Text, fromMemory.Texts[0].Translations[0].Text);
    }
}
