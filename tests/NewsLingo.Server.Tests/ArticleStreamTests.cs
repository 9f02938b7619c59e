using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Backends.Fakes;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class ArticleStreamTests
{
    [Fact]
    public async Task StreamArticle_sends_the_source_then_each_target_in_order_then_the_summary_then_usage()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        using var call = client.StreamArticle(new StreamArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en", "es" },
        });
        var events = new List<StreamArticleResponse>();
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            events.Add(message);
        }

        Assert.Equal(StreamArticleResponse.EventOneofCase.Source, events[0].EventCase);
        Assert.Equal(StreamArticleResponse.EventOneofCase.Completed, events[^1].EventCase);
        var blockCount = events[0].Source.Article.Blocks.Count;
        foreach (var target in new[] { "en", "es" })
        {
            var forTarget = events.Where(e => e.Element?.TargetLanguage == target || e.Summary?.TargetLanguage == target).ToList();
            Assert.Equal(ElementKind.Title, forTarget[0].Element.Element);
            var blocks = forTarget.Where(e => e.Element?.Element == ElementKind.Block).Select(e => e.Element.BlockIndex).ToList();
            Assert.Equal(Enumerable.Range(0, blockCount), blocks);
            Assert.Equal(StreamArticleResponse.EventOneofCase.Summary, forTarget[^1].EventCase);
        }

        var lastEnglish = events.FindLastIndex(e => e.Element?.TargetLanguage == "en" || e.Summary?.TargetLanguage == "en");
        var firstSpanish = events.FindIndex(e => e.Element?.TargetLanguage == "es");
        Assert.True(lastEnglish < firstSpanish, "targets are streamed one after the other");
        Assert.Equal(["en", "es"], events[^1].Completed.Translations.Select(t => t.TargetLanguage));
    }

    [Fact]
    public async Task StreamArticle_stops_backend_work_when_the_client_cancels()
    {
        CountingTranslator? counting = null;
        using var factory = new NewsLingoHost()
            // Long enough that the client's cancellation lands before a third wave of calls starts, even on a busy machine.
            .With("NewsLingo:Fakes:Latency", "00:00:01")
            .With("NewsLingo:Fakes:MaxSegmentsPerRequest", "1")
            .WithServices(services => services.AddKeyedSingleton<ITranslator>("fake", (sp, _) =>
                counting = new CountingTranslator(ActivatorUtilities.CreateInstance<FakeTranslator>(sp))));
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());
        using var cancel = new CancellationTokenSource();

        using var call = client.StreamArticle(
            new StreamArticleRequest
            {
                Article = new ArticleContent { Text = Samples.Read("budget-long.txt") },
                TargetLanguages = { "en" },
                Options = new ArticleOptions { SkipSummary = true },
            },
            cancellationToken: cancel.Token);

        var received = 0;
        var exception = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var message in call.ResponseStream.ReadAllAsync(cancel.Token))
            {
                if (message.EventCase == StreamArticleResponse.EventOneofCase.Element && ++received == 1)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(StatusCode.Cancelled, exception.StatusCode);
        Assert.NotNull(counting);

        // Give the server several backend latencies to misbehave: a server that ignored the
        // cancellation would go on through all 68 single-segment calls.
        var settled = -1;
        for (var i = 0; i < 20 && settled != counting!.Calls; i++)
        {
            settled = counting.Calls;
            await Task.Delay(300);
        }

        Assert.Equal(settled, counting!.Calls);
        Assert.True(counting.Calls <= 8, $"the server kept calling the backend after the client left ({counting.Calls} calls, {counting.CancelledCalls} cancelled)");
    }
}
