using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Backends.Fakes;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>How injected backend failures reach callers (NewsLingo's own retries are off so each injected failure shows).</summary>
public sealed class BackendFailureTests
{
    private static readonly TranslateRequest Request = new() { SourceLanguage = "fr", Texts = { "Bonjour à tous." }, TargetLanguages = { "en" } };

    [Fact]
    public async Task An_unavailable_backend_answers_UNAVAILABLE_with_a_retry_delay()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Resilience:MaxRetries", "0").With("NewsLingo:Fakes:FailureRate", "1").With("NewsLingo:Fakes:FailureKind", "Unavailable");

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await new TranslationService.TranslationServiceClient(factory.CreateChannel()).TranslateAsync(Request));

        Assert.Equal("BACKEND_UNAVAILABLE", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal("fake", RpcAssert.ErrorInfo(status).Metadata["backend"]);
        Assert.NotNull(RpcAssert.RetryInfo(status).RetryDelay);
    }

    [Fact]
    public async Task A_rate_limited_backend_answers_RESOURCE_EXHAUSTED_with_its_retry_after()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Resilience:MaxRetries", "0")
            .With("NewsLingo:Fakes:FailureRate", "1")
            .With("NewsLingo:Fakes:FailureKind", "RateLimited")
            .With("NewsLingo:Fakes:RetryAfter", "00:00:07");

        var status = await RpcAssert.FailsWithAsync(StatusCode.ResourceExhausted, async () => await new TranslationService.TranslationServiceClient(factory.CreateChannel()).TranslateAsync(Request));

        Assert.Equal("BACKEND_RATE_LIMITED", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal(7, RpcAssert.RetryInfo(status).RetryDelay.Seconds);
    }

    // Over real HTTP/2 on loopback: in-memory TestServer can deliver grpc-dotnet's post-deadline stream
    // reset before the DEADLINE_EXCEEDED trailers, which a real connection never does.
    [Fact]
    public async Task The_callers_deadline_reaches_the_backend()
    {
        CountingTranslator? counting = null;
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Resilience:MaxRetries", "0")
            .With("NewsLingo:Fakes:Latency", "00:00:30")
            .WithServices(services => services.AddKeyedSingleton<ITranslator>("fake", (sp, _) =>
                counting = new CountingTranslator(ActivatorUtilities.CreateInstance<FakeTranslator>(sp))));
        using var channel = factory.StartOnLoopback();
        var client = new TranslationService.TranslationServiceClient(channel);

        // Warm the server so that the deadline, not start-up, is what the call meets.
        await client.ListLanguagesAsync(new ListLanguagesRequest());
        var exception = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.TranslateAsync(Request, deadline: DateTime.UtcNow.AddSeconds(3)));

        Assert.True(exception.StatusCode == StatusCode.DeadlineExceeded, $"Expected DEADLINE_EXCEEDED, got {exception.Status}");
        await WaitUntilAsync(() => counting?.CancelledCalls == 1);
        Assert.NotNull(counting);
        Assert.Equal(1, counting.Calls);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // The client may see its deadline before the server has unwound the backend call.
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    [Fact]
    public async Task Injected_failures_hit_a_deterministic_share_of_calls()
    {
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Resilience:MaxRetries", "0")
            .With("NewsLingo:Resilience:CircuitMinimumThroughput", "1000000")
            .With("NewsLingo:Fakes:FailureRate", "0.5")
            .With("NewsLingo:Fakes:Seed", "7");
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var outcomes = new List<StatusCode>();
        for (var i = 0; i < 40; i++)
        {
            try
            {
                await client.TranslateAsync(Request);
                outcomes.Add(StatusCode.OK);
            }
            catch (RpcException exception)
            {
                outcomes.Add(exception.StatusCode);
            }
        }

        // The same request 40 times: every one meets the fault injector (the fakes are not cached while it is on).
        Assert.InRange(outcomes.Count(o => o == StatusCode.Unavailable), 10, 30);
        Assert.Contains(StatusCode.OK, outcomes);
        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.Unavailable));
    }
}
