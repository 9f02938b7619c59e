using System.Net.Http.Json;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Production.Tests.Memory;

public sealed class MemoryOnPostgresTests
{
    [Fact]
    public async Task Two_servers_share_one_postgres_memory_and_its_outage_costs_corrections_not_translations()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["NewsLingo:Memory:Store"] = "postgres",
            ["NewsLingo:Memory:Postgres:ConnectionString"] = await postgres.CreateDatabaseAsync("newslingo"),
        };
        var logs = new CollectingLoggerProvider();
        await using var first = NewsLingoHost.Start(settings, s => s.AddSingleton<ILoggerProvider>(logs));
        await using var second = NewsLingoHost.Start(settings);
        using var http = first.CreateClient();
        var request = new AddCorrectionsRequest { SourceLanguage = "fr", TargetLanguage = "en", Author = "claire", ArticleId = "budget" };
        request.Corrections.Add(new Correction { SourceText = "Le budget est adopté.", TargetText = "The budget is passed." });

        await first.Memory.AddCorrectionsAsync(request);
        var shared = await second.Memory.ListEntriesAsync(new ListEntriesRequest { ArticleId = "budget" });
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));

        await postgres.StopAsync();
        var refused = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, () => first.Memory.AddCorrectionsAsync(request).ResponseAsync);
        var translated = await first.Translation.TranslateAsync(Requests.Translate("Pendant la panne."));
        var health = await http.GetStringAsync("/healthz");

        Assert.Equal("The budget is passed.", Assert.Single(shared.Entries).TargetText);
        Assert.Equal("MEMORY_UNAVAILABLE", RpcAssert.ErrorInfo(refused).Reason);
        Assert.True(RpcAssert.RetryInfo(refused).RetryDelay.Seconds > 0);
        Assert.Equal("[es] Pendant la panne.", translated.Texts[0].Translations[0].Text);
        Assert.Equal("Degraded", health);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Host=127.0.0.1", StringComparison.Ordinal));
    }
}
