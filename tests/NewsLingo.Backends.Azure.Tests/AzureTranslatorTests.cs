using NewsLingo.Testing;
using System.Text.Json;
using Azure;
using NewsLingo.Backends.Azure.Client;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureTranslatorTests : IAsyncLifetime
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag Spanish = LanguageTag.Parse("es");

    private TranslatorEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TranslatorEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Translate_sends_every_segment_in_one_call_and_keeps_their_order()
    {
        var harness = new AzureHarness(_emulator);
        string[] segments = ["Le maire a parlé.", "Les travaux commencent lundi.", "Le budget est voté."];

        var result = await harness.Translator.TranslateAsync(new TranslationBatch(segments, French, Spanish), CancellationToken.None);

        Assert.Equal(segments.Select(s => "[es] " + s), result.Segments.Select(s => s.Text));
        var call = Assert.Single(_emulator.RequestsTo("/translate"));
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal(segments, body.RootElement.EnumerateArray().Select(e => e.GetProperty("Text").GetString()));
        Assert.Equal(1, result.Billed().Requests);
        Assert.Equal(segments.Sum(s => s.Length), result.Billed().Characters);
        Assert.Equal("azure", result.Billed().Backend);
    }

    [Fact]
    public async Task Translate_sends_key_region_trace_id_api_version_and_direction()
    {
        var harness = new AzureHarness(_emulator);

        await harness.Translator.TranslateAsync(new TranslationBatch(["Bonjour."], French, Spanish), CancellationToken.None);

        var call = Assert.Single(_emulator.RequestsTo("/translate"));
        Assert.Equal("POST", call.Method);
        Assert.Equal(TranslatorEmulator.ValidKey, call.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal(TranslatorEmulator.ValidRegion, call.Header("Ocp-Apim-Subscription-Region"));
        Assert.False(string.IsNullOrWhiteSpace(call.Header("X-ClientTraceId")));
        Assert.StartsWith("application/json", call.Header("Content-Type"));
        Assert.Equal("3.0", call.QueryValue("api-version"));
        Assert.Equal("fr", call.QueryValue("from"));
        Assert.Equal("es", call.QueryValue("to"));
        Assert.Equal("plain", call.QueryValue("textType"));
        Assert.Null(call.QueryValue("profanityAction"));
    }

    [Fact]
    public async Task Translate_gives_each_call_its_own_client_trace_id()
    {
        var harness = new AzureHarness(_emulator);

        await harness.Translator.TranslateAsync(new TranslationBatch(["Un."], French, Spanish), CancellationToken.None);
        await harness.Translator.TranslateAsync(new TranslationBatch(["Deux."], French, Spanish), CancellationToken.None);

        var ids = _emulator.RequestsTo("/translate").Select(r => r.Header("X-ClientTraceId")).ToList();
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task Translate_html_passes_textType_html_and_keeps_the_markup()
    {
        var harness = new AzureHarness(_emulator);
        var html = "<p>Le <b>conseil municipal</b> adopte un plan de <a href=\"/velo\">42 millions</a>.</p>";

        var result = await harness.Translator.TranslateAsync(new TranslationBatch([html], French, Spanish, TextFormat.Html), CancellationToken.None);

        Assert.True(harness.Translator.SupportsHtml);
        Assert.Equal("html", Assert.Single(_emulator.RequestsTo("/translate")).QueryValue("textType"));
        Assert.Equal(
            "<p>[es] Le <b>[es] conseil municipal</b>[es]  adopte un plan de <a href=\"/velo\">[es] 42 millions</a>[es] .</p>",
            Assert.Single(result.Segments).Text);
    }

    [Fact]
    public async Task Translate_passes_the_configured_profanity_handling()
    {
        var harness = new AzureHarness(_emulator, o =>
        {
            o.ProfanityAction = ProfanityAction.Marked;
            o.ProfanityMarker = ProfanityMarker.Tag;
        });

        await harness.Translator.TranslateAsync(new TranslationBatch(["Bonjour."], French, Spanish), CancellationToken.None);

        var call = Assert.Single(_emulator.RequestsTo("/translate"));
        Assert.Equal("Marked", call.QueryValue("profanityAction"));
        Assert.Equal("Tag", call.QueryValue("profanityMarker"));
    }

    [Fact]
    public async Task Translate_ignores_formality_which_Translator_v3_cannot_express()
    {
        var harness = new AzureHarness(_emulator);

        var result = await harness.Translator.TranslateAsync(new TranslationBatch(["Vous êtes prêts ?"], French, Spanish, Formality: Formality.Informal), CancellationToken.None);

        Assert.Equal("[es] Vous êtes prêts ?", Assert.Single(result.Segments).Text);
        Assert.DoesNotContain("formality", Assert.Single(_emulator.RequestsTo("/translate")).Query.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Translate_of_a_long_article_packed_by_the_limits_is_accepted_in_the_fewest_calls()
    {
        var harness = new AzureHarness(_emulator);
        var article = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "budget-long.txt"));
        var paragraphs = article.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Four copies of the article: about 69,000 characters, more than one request may carry.
        var segments = Enumerable.Repeat(paragraphs, 4).SelectMany(p => p).ToList();
        var batches = PackByLimits(segments, harness.Translator.Limits);
        Assert.True(batches.Count > 1);

        var translated = new List<string>();
        foreach (var batch in batches)
        {
            var result = await harness.Translator.TranslateAsync(new TranslationBatch(batch, French, Spanish), CancellationToken.None);
            translated.AddRange(result.Segments.Select(s => s.Text));
        }

        Assert.Equal(segments.Select(s => "[es] " + s), translated);
        var calls = _emulator.RequestsTo("/translate");
        Assert.Equal(batches.Count, calls.Count);
        var minimumCalls = (int)Math.Ceiling(segments.Sum(s => s.Length) / (double)AzureTranslator.MaxCharactersPerRequest);
        Assert.Equal(minimumCalls, calls.Count);
    }

    [Fact]
    public async Task Translate_refuses_a_batch_over_the_limits_without_calling_the_service()
    {
        var harness = new AzureHarness(_emulator);
        var tooMany = Enumerable.Repeat("Mot.", AzureTranslator.MaxElementsPerRequest + 1).ToList();

        var ex = await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(new TranslationBatch(tooMany, French, Spanish), CancellationToken.None));

        Assert.Equal(BackendFailure.InputRejected, ex.Failure);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Service_limit_errors_map_to_InputRejected_with_the_service_code()
    {
        var harness = new AzureHarness(_emulator);
        var tooMany = Enumerable.Repeat("Mot.", TranslatorEmulator.TranslateMaxElements + 1).ToList();

        var raw = await Assert.ThrowsAsync<RequestFailedException>(() =>
            harness.Client.TranslateAsync(tooMany, "es", "fr", TextType.Plain, ProfanityAction.NoAction, ProfanityMarker.Asterisk, CancellationToken.None));
        var mapped = AzureFailures.FromRequestFailed(raw, "POST /translate", harness.Options.Key);

        Assert.Equal(400, raw.Status);
        Assert.Equal(BackendFailure.InputRejected, mapped.Failure);
        Assert.Contains("400072", mapped.Message);
        Assert.Contains("too many elements", mapped.Message);
    }

    [Fact]
    public async Task Translate_to_a_language_the_service_lacks_is_InputRejected_with_the_service_code()
    {
        var harness = new AzureHarness(_emulator);

        var ex = await Assert.ThrowsAsync<BackendException>(() =>
            harness.Translator.TranslateAsync(new TranslationBatch(["Bonjour."], French, LanguageTag.Parse("tlh")), CancellationToken.None));

        Assert.Equal(BackendFailure.InputRejected, ex.Failure);
        Assert.Contains("400036", ex.Message);
        Assert.Single(_emulator.RequestsTo("/translate"));
    }

    [Fact]
    public async Task Translate_of_an_empty_batch_makes_no_call()
    {
        var harness = new AzureHarness(_emulator);

        var result = await harness.Translator.TranslateAsync(new TranslationBatch([], French, Spanish), CancellationToken.None);

        Assert.Empty(result.Segments);
        Assert.Equal(0, result.Billed().Requests);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Translate_keeps_the_path_of_a_custom_endpoint_before_the_operation()
    {
        // A custom domain / private endpoint puts the API under a path; operations are appended to it.
        var harness = new AzureHarness(_emulator, o => o.Endpoint = new Uri(_emulator.Endpoint, "translator/text/v3.0/").AbsoluteUri);

        await Assert.ThrowsAsync<BackendException>(() => harness.Translator.TranslateAsync(new TranslationBatch(["Bonjour."], French, Spanish), CancellationToken.None));

        Assert.Equal("/translator/text/v3.0/translate", Assert.Single(_emulator.Requests).Path);
    }

    /// <summary>Greedy packing by the backend's limits, as the pipeline's chunker does.</summary>
    private static List<List<string>> PackByLimits(IReadOnlyList<string> segments, BackendLimits limits)
    {
        var batches = new List<List<string>>();
        var current = new List<string>();
        var characters = 0;
        foreach (var segment in segments)
        {
            if (current.Count > 0 && (current.Count == limits.MaxSegmentsPerRequest || characters + segment.Length > limits.MaxCharactersPerRequest))
            {
                batches.Add(current);
                current = [];
                characters = 0;
            }

            current.Add(segment);
            characters += segment.Length;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
