using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;

namespace NewsLingo.Server.Tests;

/// <summary>How injected backend failures reach callers (NewsLingo's own retries are off so each injected failure shows).</summary>
public sealed class BackendFailureTests
{
    private static readonly TranslateRequest Request = new() { SourceLanguage = "fr", Texts = { "Bonjour à tous." }, TargetLanguages = { "en" } };

    [Fact]
    public async Task An_unavailable_backend_answers_UNAVAILABLE_with_a_retry_delay()
    {
        using var factory = new NewsLingoServerFactory().With("NewsLingo:Resilience:MaxRetries", "0").With("NewsLingo:Fakes:FailureRate", "1").With("NewsLingo:Fakes:FailureKind", "Unavailable");

        var status = await RpcAssert.FailsWithAsync(StatusCode.Unavailable, async () => await new TranslationService.TranslationServiceClient(factory.CreateChannel()).TranslateAsync(Request));

        Assert.Equal("BACKEND_UNAVAILABLE", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal("fake", RpcAssert.ErrorInfo(status).Metadata["backend"]);
        Assert.NotNull(RpcAssert.RetryInfo(status).RetryDelay);
    }

    [Fact]
    public async Task A_rate_limited_backend_answers_RESOURCE_EXHAUSTED_with_its_retry_after()
    {
        using var factory = new NewsLingoServerFactory().With("NewsLingo:Resilience:MaxRetries", "0")
            .With("NewsLingo:Fakes:FailureRate", "1")
            .With("NewsLingo:Fakes:FailureKind", "RateLimited")
            .With("NewsLingo:Fakes:RetryAfter", "00:00:07");

        var status = await RpcAssert.FailsWithAsync(StatusCode.ResourceExhausted, async () => await new TranslationService.TranslationServiceClient(factory.CreateChannel()).TranslateAsync(Request));

        Assert.Equal("BACKEND_RATE_LIMITED", RpcAssert.ErrorInfo(status).Reason);
        Assert.Equal(7, RpcAssert.RetryInfo(status).RetryDelay.Seconds);
    }

    [Fact]
    public async Task The_callers_deadline_reaches_the_backend()
    {
        using var factory = new NewsLingoServerFactory().With("NewsLingo:Resilience:MaxRetries", "0").With("NewsLingo:Fakes:Latency", "00:00:30");
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var exception = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.TranslateAsync(Request, deadline: DateTime.UtcNow.AddMilliseconds(300)));

        Assert.Equal(StatusCode.DeadlineExceeded, exception.StatusCode);
    }

    [Fact]
    public async Task Injected_failures_hit_a_deterministic_share_of_calls()
    {
        using var factory = new NewsLingoServerFactory().With("NewsLingo:Resilience:MaxRetries", "0").With("NewsLingo:Fakes:FailureRate", "0.5").With("NewsLingo:Fakes:Seed", "7");
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

        Assert.Contains(StatusCode.OK, outcomes);
        Assert.Contains(StatusCode.Unavailable, outcomes);
        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.Unavailable));
    }
}
