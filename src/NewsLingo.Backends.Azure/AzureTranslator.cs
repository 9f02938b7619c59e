using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Client;
using NewsLingo.Backends.Azure.Terms;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Protection;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Azure AI Translator (Translator v3). One batch is one POST /translate carrying every segment as an array
/// element. HTML is translated by the service itself (textType=html keeps the markup). Translator v3 has no
/// formality setting, so <see cref="TranslationBatch.Formality"/> is ignored.
/// </summary>
internal sealed partial class AzureTranslator : ITranslator
{
    /// <summary>Documented Translator v3 limits for /translate: 50,000 characters per request (across targets; we send one) and 1,000 array elements.</summary>
    public const int MaxCharactersPerRequest = 50_000;
    public const int MaxElementsPerRequest = 1_000;

    private readonly TextTranslationClient _client;
    private readonly AzureLanguageCatalog _catalog;
    private readonly AzureTranslatorOptions _options;
    private readonly ILogger<AzureTranslator> _logger;

    public AzureTranslator(TextTranslationClient client, AzureLanguageCatalog catalog, IOptions<AzureTranslatorOptions> options, ILogger<AzureTranslator> logger)
    {
        _client = client;
        _catalog = catalog;
        _options = options.Value;
        _logger = logger;
        Limits = new BackendLimits(MaxCharactersPerRequest, MaxElementsPerRequest, _options.MaxConcurrentRequests);
    }

    public string Name => AzureFailures.BackendName;

    public BackendLimits Limits { get; }

    public bool SupportsHtml => true;

    /// <summary>Translator's own term markup where it honours it (English on one side), NewsLingo's placeholders elsewhere.</summary>
    public TermProtection TermProtectionFor(LanguageDirection direction) =>
        TranslatorTermMarkup.AppliesTo(direction) ? TermProtection.Backend : TermProtection.Placeholders;

    public async ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        (await _catalog.GetAsync(cancellationToken).ConfigureAwait(false)).Directions;

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Segments.Count == 0)
        {
            return new TranslationBatchResult([], BackendUsage.None(Name));
        }

        if (batch.Segments.Count > Limits.MaxSegmentsPerRequest || batch.CharacterCount > Limits.MaxCharactersPerRequest)
        {
            // The pipeline chunks by Limits; a batch over them is a caller bug the service would bill a round trip to refuse.
            throw new BackendException(
                Name,
                BackendFailure.InputRejected,
                $"a batch of {batch.Segments.Count} segments and {batch.CharacterCount} characters exceeds Translator's limits of {Limits.MaxSegmentsPerRequest} segments and {Limits.MaxCharactersPerRequest} characters per request.");
        }

        var html = batch.Format == TextFormat.Html;
        IReadOnlyList<string> texts = batch.Terms.Count == 0
            ? batch.Segments
            : [.. batch.Segments.Select(segment => TermOccurrences.Rewrite(segment, batch.Format, batch.Terms, (term, entry) => TranslatorTermMarkup.For(term, entry.Translation, html)))];

        // The term markup lengthens the texts: a batch that fit Translator's limits may now take two requests.
        var translations = new List<string>(texts.Count);
        var usage = BackendUsage.None(Name);
        foreach (var part in WithinLimits(texts))
        {
            var result = await SendAsync(part, batch, cancellationToken).ConfigureAwait(false);
            translations.AddRange(batch.Terms.Count == 0 ? result.Texts : result.Texts.Select(TranslatorTermMarkup.Remove));
            usage = usage.Add(new BackendUsage(Name, result.MeteredCharacters ?? part.Sum(t => (long)t.Length), 1));
        }

        return new TranslationBatchResult([.. translations.Select(t => new TranslatedSegment(t))], usage);
    }

    private async Task<TranslateResult> SendAsync(IReadOnlyList<string> texts, TranslationBatch batch, CancellationToken cancellationToken)
    {
        const string operation = "POST /translate";
        TranslateResult result;
        try
        {
            result = await _client.TranslateAsync(
                texts,
                batch.Target.Value,
                batch.Source.Value,
                batch.Format == TextFormat.Html ? TextType.Html : TextType.Plain,
                _options.ProfanityAction,
                _options.ProfanityMarker,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (AzureFailures.Classify(ex, operation, _options, cancellationToken) is { } failure)
        {
            LogCallFailed(operation, failure.Failure, failure.Details.TryGetValue("x_request_id", out var requestId) ? requestId : "none", failure.Details.TryGetValue("x_client_trace_id", out var traceId) ? traceId : "none");
            throw failure;
        }

        return result.Texts.Count == texts.Count
            ? result
            : throw AzureFailures.InvalidResponse(operation, $"{result.Texts.Count} translations for {texts.Count} segments.");
    }

    /// <summary>The texts in order, in as few requests as Translator's per-request limits allow.</summary>
    private IEnumerable<IReadOnlyList<string>> WithinLimits(IReadOnlyList<string> texts)
    {
        var part = new List<string>();
        long characters = 0;
        foreach (var text in texts)
        {
            if (part.Count > 0 && (part.Count >= Limits.MaxSegmentsPerRequest || characters + text.Length > Limits.MaxCharactersPerRequest))
            {
                yield return part;
                part = [];
                characters = 0;
            }

            part.Add(text);
            characters += text.Length;
        }

        yield return part;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Translator {Operation} failed: {Failure} (X-RequestId {RequestId}, X-ClientTraceId {ClientTraceId})")]
    private partial void LogCallFailed(string operation, BackendFailure failure, string requestId, string clientTraceId);
}
