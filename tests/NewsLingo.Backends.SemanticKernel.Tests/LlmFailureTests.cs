using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.SemanticKernel.Tests;

public sealed class LlmFailureTests : IAsyncLifetime
{
    private static readonly TranslationBatch Batch = new(["L'armée syrienne annonce avoir repris la totalité de la ville de Palmyre."], Samples.French, Samples.English);

    private ChatCompletionsEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await ChatCompletionsEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task The_adapter_alone_makes_one_request_even_for_a_429()
    {
        await using var harness = new LlmHarness(_emulator);
        _emulator.Script(ScriptedReply.Failure(429, retryAfter: "1"), ScriptedTranslations.Marked());

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.RateLimited, failure.Failure);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task A_429_is_retried_by_the_pipeline_after_the_servers_Retry_After_then_succeeds()
    {
        await using var harness = new LlmHarness(_emulator);
        _emulator.Script(ScriptedReply.Failure(429, retryAfter: "1"), ScriptedTranslations.Marked());

        var result = await harness.ResilientTranslator.TranslateAsync(Batch, CancellationToken.None);

        Assert.StartsWith("[en] ", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal(1.0, Assert.Single(harness.RetryDelays.GetMeasurementSnapshot()).Value, 3);
        Assert.Equal(2, _emulator.Requests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_call_that_keeps_failing_makes_at_most_one_plus_MaxRetries_requests(int maxRetries)
    {
        await using var harness = new LlmHarness(_emulator, resilience: o => o.MaxRetries = maxRetries);
        _emulator.Script([.. Enumerable.Repeat(ScriptedReply.Failure(503), 5)]);

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.ResilientTranslator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, failure.Failure);
        Assert.Equal(1 + maxRetries, _emulator.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxRetryAfter_is_reported_at_once_instead_of_waited()
    {
        await using var harness = new LlmHarness(_emulator, resilience: o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));
        _emulator.Script(ScriptedReply.Failure(429, retryAfter: "120"));

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.ResilientSummarizer.SummarizeAsync(
            new(Samples.PalmyraSentences(), Samples.French, Samples.English, Core.Summarization.SummaryLength.Default),
            CancellationToken.None));

        Assert.Equal(BackendFailure.RateLimited, failure.Failure);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.RetryAfter);
        Assert.Empty(harness.RetryDelays.GetMeasurementSnapshot());
        Assert.Single(_emulator.Requests);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_server_error_fails_as_Unavailable_without_hidden_retries(int status)
    {
        await using var harness = new LlmHarness(_emulator);
        _emulator.Script(ScriptedReply.Failure(status));

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Contains($"HTTP {status}", failure.Message, StringComparison.Ordinal);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task A_rejected_key_fails_as_CredentialsRejected_without_the_key_anywhere()
    {
        const string wrongKey = "sk-wrong-8d41e0c2b7a9f356";
        await using var harness = new LlmHarness(_emulator, new Dictionary<string, string?> { ["NewsLingo:Llm:ApiKey"] = wrongKey });

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.ResilientTranslator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, failure.Failure);
        Assert.Contains("NewsLingo:Llm:ApiKey", failure.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, failure.ToString(), StringComparison.Ordinal);
        Assert.Null(failure.InnerException);

        // The emulator echoed the key in its body, as OpenAI does with part of it: proof the body was not quoted.
        Assert.Equal($"Bearer {wrongKey}", Assert.Single(_emulator.Requests).Authorization);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_as_Unavailable()
    {
        var port = _emulator.BaseUrl.Port;
        await _emulator.DisposeAsync();
        _emulator = await ChatCompletionsEmulator.StartAsync();
        await using var harness = new LlmHarness(_emulator, new Dictionary<string, string?> { ["NewsLingo:Llm:Endpoint"] = $"http://127.0.0.1:{port}/v1" });

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, failure.Failure);
        Assert.DoesNotContain(ChatCompletionsEmulator.ValidKey, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_slower_than_its_declared_timeout_fails_as_TimedOut()
    {
        await using var harness = new LlmHarness(_emulator, new Dictionary<string, string?> { ["NewsLingo:Llm:Timeout"] = "00:00:00.300" }, resilience: o => o.MaxRetries = 0);
        _emulator.Script(ScriptedReply.Slow("""{"segments":[{"id":0,"text":"too late"}]}""", TimeSpan.FromSeconds(30)));

        var failure = await Assert.ThrowsAsync<BackendException>(() => harness.ResilientTranslator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(300), harness.DeclaredTimeout);
        Assert.Equal(BackendFailure.TimedOut, failure.Failure);
        Assert.Contains("00:00:00.3000000", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates_as_is()
    {
        await using var harness = new LlmHarness(_emulator);
        _emulator.Script(ScriptedReply.Slow("""{"segments":[{"id":0,"text":"too late"}]}""", TimeSpan.FromSeconds(30)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.ResilientTranslator.TranslateAsync(Batch, cancellation.Token));
    }
}
