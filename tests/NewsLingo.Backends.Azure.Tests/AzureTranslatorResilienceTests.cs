using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

/// <summary>
/// Azure Translator behind NewsLingo's resilience pipeline, the only retry layer: the emulator counts
/// what reaches the service, which is at most 1 + MaxRetries requests for one failing call.
/// </summary>
public sealed class AzureTranslatorResilienceTests : IAsyncLifetime
{
    private static readonly TranslationBatch Batch = new(["Le maire a parlé.", "La séance est levée."], LanguageTag.Parse("fr"), LanguageTag.Parse("es"));

    // Generous bound so a broken cancellation fails the test instead of hanging the run; nothing is timed.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task The_adapter_alone_makes_one_request_whatever_the_failure()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.ServerError(), EmulatedFault.ServerError());

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, ex.Failure);
        Assert.Single(_emulator.RequestsTo("/translate"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_retry_after_ms_the_service_gave()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.TooManyRequests(retryAfterMilliseconds: 150));

        var result = await harness.Resilient.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(["[es] Le maire a parlé.", "[es] La séance est levée."], result.Segments.Select(s => s.Text));
        var calls = _emulator.RequestsTo("/translate");
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Equal(TranslatorEmulator.ValidKey, calls[1].Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(0.150, Assert.Single(harness.RetryDelays.GetMeasurementSnapshot()).Value, 3);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_seconds_the_service_gave()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.TooManyRequestsSeconds(retryAfterSeconds: 1));

        await harness.Resilient.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(2, _emulator.RequestsTo("/translate").Count);
        Assert.Equal(1.0, Assert.Single(harness.RetryDelays.GetMeasurementSnapshot()).Value, 3);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxRetryAfter_is_not_waited_for_the_caller_is_told()
    {
        using var harness = new AzureHarness(_emulator, resilience: o => o.MaxRetryAfter = TimeSpan.FromSeconds(10));
        _emulator.Inject(EmulatedFault.TooManyRequestsSeconds(retryAfterSeconds: 15));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None).WaitAsync(Hang));

        Assert.Equal(BackendFailure.RateLimited, ex.Failure);
        Assert.Equal(TimeSpan.FromSeconds(15), ex.RetryAfter);
        Assert.Single(_emulator.RequestsTo("/translate"));
        Assert.Empty(harness.RetryDelays.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Server_errors_are_retried_then_the_call_succeeds()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.ServerError(), EmulatedFault.ServerError());

        var result = await harness.Resilient.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(2, result.Segments.Count);
        Assert.Equal(3, _emulator.RequestsTo("/translate").Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_call_that_keeps_failing_makes_at_most_one_plus_MaxRetries_requests(int maxRetries)
    {
        using var harness = new AzureHarness(_emulator, resilience: o => o.MaxRetries = maxRetries);
        _emulator.Inject([.. Enumerable.Repeat(EmulatedFault.ServerError(), 10)]);

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, ex.Failure);
        Assert.Contains("500", ex.Message);
        Assert.Equal(1 + maxRetries, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task A_429_that_persists_is_RateLimited_with_the_retry_after()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.TooManyRequests(40), EmulatedFault.TooManyRequests(40), EmulatedFault.TooManyRequests(40));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.RateLimited, ex.Failure);
        Assert.Equal(TimeSpan.FromMilliseconds(40), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Contains("429", ex.Message);
        Assert.Equal(3, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task A_rejected_key_is_CredentialsRejected_without_the_key_and_never_retried()
    {
        const string wrongKey = "wrong-key-51f0c3e2b7d94a61";
        _emulator.EchoKeyInErrors = true;
        using var harness = new AzureHarness(_emulator, o => o.Key = wrongKey);

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, ex.Failure);
        Assert.False(ex.IsTransient);
        Assert.Contains("key or region configured on this server was rejected", ex.Message);
        Assert.Contains("401000", ex.Message);
        Assert.Contains("NewsLingo:Azure:Translator:Key", ex.Message);
        Assert.DoesNotContain(wrongKey, ex.ToString());
        Assert.DoesNotContain(ex.Details.Values, v => v.Contains(wrongKey, StringComparison.Ordinal));
        Assert.Equal(wrongKey, Assert.Single(_emulator.RequestsTo("/translate")).Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task A_wrong_region_is_CredentialsRejected()
    {
        using var harness = new AzureHarness(_emulator, o => o.Region = "eastus");

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, ex.Failure);
        Assert.DoesNotContain(TranslatorEmulator.ValidKey, ex.ToString());
    }

    [Fact]
    public async Task A_403000_is_an_operation_the_resource_does_not_allow_not_a_credentials_problem()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.Forbidden(403000));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.OperationNotAllowed, ex.Failure);
        Assert.Equal("BACKEND_OPERATION_NOT_ALLOWED", ex.Reason);
        Assert.Equal("403000", ex.Details["vendor_error_code"]);
        Assert.Contains("does not allow this operation", ex.Message, StringComparison.Ordinal);
        Assert.Single(_emulator.RequestsTo("/translate"));
    }

    [Fact]
    public async Task A_403001_is_the_free_quota_used_up()
    {
        using var harness = new AzureHarness(_emulator, resilience: o => o.MaxRetries = 0);
        _emulator.Inject(EmulatedFault.Forbidden(403001));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.RateLimited, ex.Failure);
        Assert.Contains("quota", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_carries_both_ids_Microsoft_support_asks_for()
    {
        using var harness = new AzureHarness(_emulator, resilience: o => o.MaxRetries = 0);
        _emulator.Inject(EmulatedFault.ServerError());

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None));

        var request = Assert.Single(_emulator.RequestsTo("/translate"));
        Assert.Equal(request.Header("X-ClientTraceId"), ex.Details["x_client_trace_id"]);
        Assert.False(string.IsNullOrEmpty(ex.Details["x_request_id"]));
        Assert.Contains($"X-ClientTraceId {request.Header("X-ClientTraceId")}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_slower_than_the_adapters_timeout_is_TimedOut_after_each_attempt()
    {
        using var harness = new AzureHarness(_emulator, o => o.Timeout = TimeSpan.FromMilliseconds(200), resilience: o => o.MaxRetries = 1);
        _emulator.Inject(EmulatedFault.Slow(TimeSpan.FromMinutes(5)), EmulatedFault.Slow(TimeSpan.FromMinutes(5)));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Resilient.TranslateAsync(Batch, CancellationToken.None).WaitAsync(Hang));

        Assert.Equal(BackendFailure.TimedOut, ex.Failure);
        Assert.Equal(2, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task The_caller_cancelling_stops_the_call()
    {
        using var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.Slow(TimeSpan.FromMinutes(5)));
        using var cts = new CancellationTokenSource();

        var call = harness.Resilient.TranslateAsync(Batch, cts.Token);
        await _emulator.RequestArrived.Task.WaitAsync(Hang);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        await _emulator.RequestAborted.Task.WaitAsync(Hang);
        Assert.Single(_emulator.RequestsTo("/translate"));
    }

    [Fact]
    public async Task The_caller_cancelling_stops_the_wait_for_a_retry()
    {
        using var harness = new AzureHarness(_emulator, resilience: o => o.MaxRetryAfter = TimeSpan.FromHours(1));

        // The service asks for a ten-minute pause; the caller's token must cut it short.
        _emulator.Inject(EmulatedFault.TooManyRequests(600_000));
        using var cts = new CancellationTokenSource();

        var call = harness.Resilient.TranslateAsync(Batch, cts.Token);
        using (var guard = new CancellationTokenSource(Hang))
        {
            // The retry has chosen its (ten-minute) delay once the metric recorded it.
            while (harness.RetryDelays.GetMeasurementSnapshot().Count == 0)
            {
                await Task.Delay(10, guard.Token);
            }
        }

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        Assert.Single(_emulator.RequestsTo("/translate"));
    }
}
