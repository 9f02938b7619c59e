using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace NewsLingo.Backends.Azure.Client;

/// <summary>
/// A thin client of the Translator v3 REST API over Azure.Core's pipeline (network timeout, redacted
/// logging, distributed tracing; retries are NewsLingo's resilience pipeline's, one layer up). Shaped like Azure.AI.Translation.Text's
/// TextTranslationClient, which the package registry does not serve: switching to the SDK replaces this
/// folder and nothing else. Failed calls throw <see cref="RequestFailedException"/>, as the SDK does.
/// Thread-safe and long-lived.
/// </summary>
internal sealed class TextTranslationClient
{
    public const string ApiVersion = "3.0";
    public const string MeteredUsageHeader = "X-Metered-Usage";

    private readonly HttpPipeline _pipeline;
    private readonly string _root;

    public TextTranslationClient(AzureKeyCredential credential, Uri endpoint, string? region, TextTranslationClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);

        // Custom-domain endpoints carry a path (…/translator/text/v3.0): operations are appended to it.
        _root = endpoint.AbsoluteUri.TrimEnd('/');
        _pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [new ClientTraceIdPolicy()],
            perRetryPolicies: [new SubscriptionKeyPolicy(credential, region)],
            responseClassifier: new ResponseClassifier());
    }

    /// <summary>POST /translate: all texts in one call, translated to one target language.</summary>
    public async Task<TranslateResult> TranslateAsync(
        IReadOnlyList<string> texts,
        string to,
        string? from,
        TextType textType,
        ProfanityAction profanityAction,
        ProfanityMarker profanityMarker,
        CancellationToken cancellationToken)
    {
        var query = new List<(string, string)> { ("to", to), ("textType", textType == TextType.Html ? "html" : "plain") };
        if (!string.IsNullOrEmpty(from))
        {
            query.Add(("from", from));
        }

        if (profanityAction != ProfanityAction.NoAction)
        {
            query.Add(("profanityAction", profanityAction.ToString()));
            if (profanityAction == ProfanityAction.Marked)
            {
                query.Add(("profanityMarker", profanityMarker.ToString()));
            }
        }

        using var message = CreateMessage(RequestMethod.Post, "/translate", query, texts);
        using var document = await SendAsync(message, cancellationToken).ConfigureAwait(false);

        var results = new List<string>(texts.Count);
        foreach (var item in RequireArray(document.RootElement, "translate"))
        {
            if (!item.TryGetProperty("translations", out var translations) || translations.ValueKind != JsonValueKind.Array || translations.GetArrayLength() == 0)
            {
                throw new JsonException("A /translate element has no translations.");
            }

            var text = translations[0].TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw new JsonException("A /translate element has a translation without text.");
            results.Add(text);
        }

        long? metered = message.Response.Headers.TryGetValue(MeteredUsageHeader, out var value)
            && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return new TranslateResult(results, metered);
    }

    /// <summary>POST /detect: one answer per text, in order.</summary>
    public async Task<IReadOnlyList<DetectedLanguage>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Post, "/detect", [], texts);
        using var document = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return RequireArray(document.RootElement, "detect").Select(e => ReadDetected(e, withAlternatives: true)).ToList();
    }

    /// <summary>GET /languages?scope=translation: the language codes Translator translates between (any to any).</summary>
    public async Task<IReadOnlyList<string>> GetSupportedLanguagesAsync(CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get, "/languages", [("scope", "translation")], null);
        using var document = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("translation", out var translation)
            || translation.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The /languages answer has no 'translation' object.");
        }

        return translation.EnumerateObject().Select(p => p.Name).ToList();
    }

    private HttpMessage CreateMessage(RequestMethod method, string operation, IEnumerable<(string Name, string Value)> query, IReadOnlyList<string>? texts)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        var uri = new RequestUriBuilder();
        uri.Reset(new Uri(_root + operation));
        uri.AppendQuery("api-version", ApiVersion);
        foreach (var (name, value) in query)
        {
            uri.AppendQuery(name, value);
        }

        request.Uri = uri;
        request.Headers.SetValue("Accept", "application/json");
        if (texts is not null)
        {
            request.Headers.SetValue("Content-Type", "application/json; charset=UTF-8");
            request.Content = RequestContent.Create(WriteTexts(texts));
        }

        return message;
    }

    private async Task<JsonDocument> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            // Microsoft support asks for both ids: the response carries X-RequestId; ours is kept here.
            var failure = new RequestFailedException(response);
            failure.Data[ClientTraceIdPolicy.HeaderName] = message.Request.ClientRequestId;
            throw failure;
        }

        return await JsonDocument.ParseAsync(response.ContentStream ?? Stream.Null, default, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] WriteTexts(IReadOnlyList<string> texts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                writer.WriteStartObject();
                writer.WriteString("Text", text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static JsonElement.ArrayEnumerator RequireArray(JsonElement root, string operation) =>
        root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : throw new JsonException($"The /{operation} answer is not a JSON array.");

    private static DetectedLanguage ReadDetected(JsonElement element, bool withAlternatives)
    {
        var language = element.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String
            ? l.GetString()!
            : throw new JsonException("A /detect element has no language.");
        var score = element.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0;
        var supported = element.TryGetProperty("isTranslationSupported", out var ts) && ts.ValueKind == JsonValueKind.True;
        var alternatives = withAlternatives && element.TryGetProperty("alternatives", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => ReadDetected(e, withAlternatives: false)).ToList()
            : [];
        return new DetectedLanguage(language, score, supported, alternatives);
    }
}
