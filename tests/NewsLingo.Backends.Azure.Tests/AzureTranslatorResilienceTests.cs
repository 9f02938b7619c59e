using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureTranslatorResilienceTests : IAsyncLifetime
{
    private static readonly TranslationBatch Batch = new(["Le maire a parlé.", "La séance est levée."], LanguageTag.Parse("fr"), LanguageTag.Parse("es"));

    // Generous bound so a broken cancellation fails the test instead of hanging the run; nothing is timed.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Translate_retries_a_429_after_the_retry_after_ms_the_service_gave()
    {
        var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.TooManyRequests(retryAfterMilliseconds: 150));

        var result = await harness.Translator.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(["[es] Le maire a parlé.", "[es] La séance est levée."], result.Segments.Select(s => s.Text));
        var calls = _emulator.RequestsTo("/translate");
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Equal(calls[0].Header("X-ClientTraceId"), calls[1].Header("X-ClientTraceId"));
        Assert.Equal(TranslatorEmulator.ValidKey, calls[1].Header("Ocp-Apim-Subscription-Key"));
        var delay = Assert.Single(harness.Delays.Delays);
        Assert.True(delay >= TimeSpan.FromMilliseconds(150), $"waited {delay} before retrying, the service asked for 150 ms");
    }

    [Fact]
    public async Task Translate_retries_a_429_after_the_Retry_After_seconds_the_service_gave()
    {
        var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.TooManyRequestsSeconds(retryAfterSeconds: 1));

        await harness.Translator.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(2, _emulator.RequestsTo("/translate").Count);
        Assert.True(Assert.Single(harness.Delays.Delays) >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Translate_retries_server_errors_with_growing_back_off_then_succeeds()
    {
        var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.ServerError(), EmulatedFault.ServerError());

        var result = await harness.Translator.TranslateAsync(Batch, CancellationToken.None);

        Assert.Equal(2, result.Segments.Count);
        Assert.Equal(3, _emulator.RequestsTo("/translate").Count);
        Assert.Equal(2, harness.Delays.Delays.Count);
    }

    [Fact]
    public async Task Translate_reports_RateLimited_with_the_retry_after_when_429_persists()
    {
        var harness = new AzureHarness(_emulator, o => o.MaxRetries = 2);
        _emulator.Inject(EmulatedFault.TooManyRequests(40), EmulatedFault.TooManyRequests(40), EmulatedFault.TooManyRequests(40));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.RateLimited, ex.Failure);
        Assert.Equal(TimeSpan.FromMilliseconds(40), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Contains("429", ex.Message);
        Assert.Equal(3, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task Translate_reports_Unavailable_when_server_errors_persist()
    {
        var harness = new AzureHarness(_emulator, o => o.MaxRetries = 1);
        _emulator.Inject(EmulatedFault.ServerError(), EmulatedFault.ServerError());

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.Unavailable, ex.Failure);
        Assert.Contains("500", ex.Message);
        Assert.Equal(2, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task Translate_with_a_rejected_key_reports_CredentialsRejected_without_the_key()
    {
        const string wrongKey = "wrong-key-51f0c3e2b7d94a61";
        _emulator.EchoKeyInErrors = true;
        var harness = new AzureHarness(_emulator, o => o.Key = wrongKey);

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, ex.Failure);
        Assert.False(ex.IsTransient);
        Assert.Contains("key or region configured on this server was rejected", ex.Message);
        Assert.Contains("401000", ex.Message);
        Assert.Contains("NewsLingo:Azure:Translator:Key", ex.Message);
        Assert.DoesNotContain(wrongKey, ex.ToString());
        Assert.DoesNotContain(ex.Details.Values, v => v.Contains(wrongKey, StringComparison.Ordinal));

        // A bad credential is not transient: one call, no retries.
        Assert.Equal(wrongKey, Assert.Single(_emulator.RequestsTo("/translate")).Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task Translate_with_a_wrong_region_reports_CredentialsRejected()
    {
        var harness = new AzureHarness(_emulator, o => o.Region = "eastus");

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, ex.Failure);
        Assert.DoesNotContain(TranslatorEmulator.ValidKey, ex.ToString());
    }

    [Fact]
    public async Task Translate_reports_TimedOut_when_the_service_answers_too_slowly()
    {
        var harness = new AzureHarness(_emulator, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 1;
        });
        _emulator.Inject(EmulatedFault.Slow(TimeSpan.FromMinutes(5)), EmulatedFault.Slow(TimeSpan.FromMinutes(5)));

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(Batch, CancellationToken.None).WaitAsync(Hang));

        Assert.Equal(BackendFailure.TimedOut, ex.Failure);
        Assert.Equal(2, _emulator.RequestsTo("/translate").Count);
    }

    [Fact]
    public async Task Translate_stops_the_call_when_the_caller_cancels()
    {
        var harness = new AzureHarness(_emulator);
        _emulator.Inject(EmulatedFault.Slow(TimeSpan.FromMinutes(5)));
        using var cts = new CancellationTokenSource();

        var call = harness.Translator.TranslateAsync(Batch, cts.Token);
        await _emulator.RequestArrived.Task.WaitAsync(Hang);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        await _emulator.RequestAborted.Task.WaitAsync(Hang);
        Assert.Single(_emulator.RequestsTo("/translate"));
    }

    [Fact]
    public async Task Translate_stops_waiting_for_a_retry_when_the_caller_cancels()
    {
        var harness = new AzureHarness(_emulator);

        // The service asks for a ten-minute pause; the caller's token must cut it short.
        _emulator.Inject(EmulatedFault.TooManyRequests(600_000));
        using var cts = new CancellationTokenSource();

        var call = harness.Translator.TranslateAsync(Batch, cts.Token);
        await _emulator.RequestArrived.Task.WaitAsync(Hang);
        using (var guard = new CancellationTokenSource(Hang))
        {
            // The retry policy has chosen its (ten-minute) delay once the strategy recorded it.
            while (harness.Delays.Delays.Count == 0)
            {
                await Task.Delay(10, guard.Token);
            }
        }

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang));
        Assert.Single(_emulator.RequestsTo("/translate"));
    }
}
