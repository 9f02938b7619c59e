using System.Text.Json;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureLanguageDetectorTests : IAsyncLifetime
{
    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Detect_finds_french_in_a_french_article()
    {
        var harness = new AzureHarness(_emulator);
        var article = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "palmyre-euronews.txt"));

        var detection = await harness.Detector.DetectAsync(article, CancellationToken.None);

        Assert.Equal(LanguageTag.Parse("fr"), detection.Language);
        Assert.True(detection.IsReliable);
        var call = Assert.Single(_emulator.RequestsTo("/detect"));
        Assert.Equal(TranslatorEmulator.ValidKey, call.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal("3.0", call.QueryValue("api-version"));
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal(1, body.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Detect_sends_only_the_start_of_a_long_article()
    {
        var harness = new AzureHarness(_emulator);
        var article = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "budget-long.txt"));

        await harness.Detector.DetectAsync(article, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_emulator.RequestsTo("/detect")).Body);
        var sent = body.RootElement[0].GetProperty("Text").GetString()!;
        Assert.Equal(AzureLanguageDetector.SampleCharacters, sent.Length);
        Assert.StartsWith(sent, article.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_reports_alternatives_in_order_of_confidence()
    {
        var harness = new AzureHarness(_emulator);

        var detection = await harness.Detector.DetectAsync("Le maire et les élus de la ville ont voté the plan.", CancellationToken.None);

        Assert.Equal(LanguageTag.Parse("fr"), detection.Language);
        var alternative = Assert.Single(detection.Alternatives);
        Assert.Equal(LanguageTag.Parse("en"), alternative.Language);
        Assert.True(alternative.Confidence < detection.Confidence);
    }

    [Fact]
    public async Task Detect_of_blank_text_is_undetermined_without_a_call()
    {
        var harness = new AzureHarness(_emulator);

        var detection = await harness.Detector.DetectAsync("   \n ", CancellationToken.None);

        Assert.Null(detection.Language);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Detect_with_a_rejected_key_reports_CredentialsRejected_without_the_key()
    {
        const string wrongKey = "wrong-detect-key-0a9b8c7d";
        _emulator.EchoKeyInErrors = true;
        var harness = new AzureHarness(_emulator, o => o.Key = wrongKey);

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Detector.DetectAsync("Bonjour à tous.", CancellationToken.None));

        Assert.Equal(BackendFailure.CredentialsRejected, ex.Failure);
        Assert.DoesNotContain(wrongKey, ex.ToString());
    }

    [Fact]
    public async Task Supported_languages_are_the_service_languages_once_fetched()
    {
        var harness = new AzureHarness(_emulator);

        await harness.Catalog.GetAsync(CancellationToken.None);

        Assert.Equal(
            TranslatorEmulator.Languages.Keys.Select(LanguageTag.Parse).OrderBy(t => t.Value),
            harness.Detector.SupportedLanguages.OrderBy(t => t.Value));
        Assert.Equal("azure", harness.Detector.Name);
    }
}
