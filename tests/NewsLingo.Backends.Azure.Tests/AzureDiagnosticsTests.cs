using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureDiagnosticsTests
{
    [Fact]
    public async Task Azure_Core_request_logs_carry_the_trace_id_but_never_the_key()
    {
        const string key = "logged-key-never-9d3c2b1a";
        await using var emulator = await TranslatorEmulator.StartAsync();
        emulator.EchoKeyInErrors = true;
        using var harness = new AzureHarness(emulator, o => o.Key = key);
        var messages = new ConcurrentQueue<string>();

        using (new AzureEventSourceListener((_, message) => messages.Enqueue(message), EventLevel.Verbose))
        {
            await Assert.ThrowsAsync<BackendException>(() =>
                harness.Translator.TranslateAsync(new TranslationBatch(["Bonjour."], LanguageTag.Parse("fr"), LanguageTag.Parse("es")), CancellationToken.None));
        }

        var traceId = Assert.Single(emulator.RequestsTo("/translate")).Header("X-ClientTraceId")!;
        var ours = messages.Where(m => m.Contains(traceId, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(ours);
        Assert.Contains(ours, m => m.Contains("Ocp-Apim-Subscription-Key:REDACTED", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(messages, m => m.Contains(key, StringComparison.Ordinal));
    }
}
