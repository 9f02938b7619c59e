using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Translates a batch with a chat model in one call: segments go out as JSON data between delimiters and come
/// back as {"segments":[{"id":0,"text":"..."}]} (response_format json_object). The answer is validated (count,
/// ids, non-empty, translated, plausible length); a broken answer is re-asked once with the reason, then the
/// call fails with InvalidResponse.
/// </summary>
public sealed partial class LlmTranslator : ITranslator
{
    private const string Operation = "translate";

    private static readonly JsonSerializerOptions SegmentJson = new()
    {
        // Keep accents and quotes readable for the model (and cheaper in tokens); this JSON never reaches a browser.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly LlmChat _chat;
    private readonly PromptLibrary _prompts;
    private readonly LlmOptions _options;
    private readonly IReadOnlyCollection<LanguageDirection> _directions;
    private readonly ILogger<LlmTranslator> _logger;

    internal LlmTranslator(LlmChat chat, PromptLibrary prompts, IOptions<LlmOptions> options, ILogger<LlmTranslator>? logger = null)
    {
        _chat = chat;
        _prompts = prompts;
        _options = options.Value;
        _logger = logger ?? NullLogger<LlmTranslator>.Instance;
        var languages = _options.EffectiveLanguages.Select(LanguageTag.Parse).Distinct().ToList();
        _directions = [.. languages.SelectMany(s => languages.Where(t => t != s).Select(t => new LanguageDirection(s, t)))];
        Limits = new BackendLimits(_options.MaxCharactersPerRequest, _options.MaxSegmentsPerRequest, _options.MaxConcurrentRequests);
    }

    public string Name => LlmFailures.BackendName;

    public BackendLimits Limits { get; }

    /// <summary>Markup is not trusted to survive a chat model: the pipeline sends text runs.</summary>
    public bool SupportsHtml => false;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_directions);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        // Blank segments need no model and would only invite an empty answer that fails validation.
        var sent = batch.Segments.Select((text, index) => (text, index)).Where(s => !string.IsNullOrWhiteSpace(s.text)).ToList();
        var results = batch.Segments.Select(s => new TranslatedSegment(s)).ToArray();
        if (sent.Count == 0)
        {
            return new TranslationBatchResult(results, BackendUsage.None(Name));
        }

        var sources = sent.Select(s => s.text).ToList();
        var payload = JsonSerializer.Serialize(
            sources.Select((text, id) => new SegmentPayload(id, PromptLibrary.Neutralize(text, "<segments>", "</segments>"))),
            SegmentJson);
        var arguments = new KernelArguments
        {
            ["source_language"] = PromptLibrary.LanguageName(batch.Source),
            ["target_language"] = PromptLibrary.LanguageName(batch.Target),
            ["formality_instruction"] = batch.Formality switch
            {
                Formality.Formal => "Use a formal register.",
                Formality.Informal => "Use an informal register.",
                _ => string.Empty,
            },
            ["count"] = sources.Count,
            ["segments"] = payload,
        };
        var history = new ChatHistory();
        history.AddSystemMessage(await _prompts.RenderAsync(PromptLibrary.TranslateSystem, _chat.Kernel, arguments, cancellationToken).ConfigureAwait(false));
        history.AddUserMessage(await _prompts.RenderAsync(PromptLibrary.TranslateUser, _chat.Kernel, arguments, cancellationToken).ConfigureAwait(false));

        var usage = BackendUsage.None(Name);
        var error = string.Empty;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var answer = await _chat.CompleteAsync(history, json: true, Operation, cancellationToken).ConfigureAwait(false);
            usage = usage.Add(new BackendUsage(Name, batch.CharacterCount, 1, answer.InputTokens, answer.OutputTokens));
            var translations = Parse(answer.Text, sources, batch.Direction, out var reason);
            if (translations is not null)
            {
                for (var i = 0; i < sent.Count; i++)
                {
                    results[sent[i].index] = new TranslatedSegment(translations[i]);
                }

                return new TranslationBatchResult(results, usage);
            }

            error = reason!;
            LogRejected(_logger, attempt + 1, error);
            history.AddAssistantMessage(answer.Text);
            history.AddUserMessage(await _prompts.RenderAsync(PromptLibrary.Repair, _chat.Kernel, new KernelArguments { ["error"] = error }, cancellationToken).ConfigureAwait(false));
        }

        throw LlmFailures.InvalidResponse(Operation, error);
    }

    /// <summary>Reads and validates the model's segments; null with the reason when the answer is unusable.</summary>
    internal static IReadOnlyList<string>? Parse(string answer, IReadOnlyList<string> sources, LanguageDirection direction, out string? error)
    {
        if (LlmJson.TryParseObject(answer, out error) is not { } root)
        {
            return null;
        }

        if (!root.TryGetProperty("segments", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            error = "the JSON object has no \"segments\" array";
            return null;
        }

        if (array.GetArrayLength() != sources.Count)
        {
            error = $"it has {array.GetArrayLength()} segments where {sources.Count} were sent; answer exactly one segment per id 0 to {sources.Count - 1}";
            return null;
        }

        var texts = new string?[sources.Count];
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("id", out var idElement)
                || !idElement.TryGetInt32(out var id)
                || !item.TryGetProperty("text", out var textElement)
                || textElement.ValueKind != JsonValueKind.String)
            {
                error = "every segment must be an object with an integer \"id\" and a string \"text\"";
                return null;
            }

            if (id < 0 || id >= sources.Count || texts[id] is not null)
            {
                error = $"segment id {id} is unknown or repeated; ids must be 0 to {sources.Count - 1}, each once";
                return null;
            }

            var text = textElement.GetString()!.Trim();
            if (text.Length == 0)
            {
                error = $"segment {id} is empty";
                return null;
            }

            if (Implausible(sources[id], text, direction) is { } reason)
            {
                error = $"segment {id} {reason}";
                return null;
            }

            texts[id] = text;
        }

        return texts!;
    }

    /// <summary>
    /// Why <paramref name="translation"/> cannot be a translation of <paramref name="source"/>, or null. An obeyed
    /// injection ("HACKED") or an untranslated copy fails here whatever the model claims.
    /// </summary>
    private static string? Implausible(string source, string translation, LanguageDirection direction)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (direction.Source.Language != direction.Target.Language && words > 4 && string.Equals(source.Trim(), translation, StringComparison.OrdinalIgnoreCase))
        {
            return "was returned untranslated";
        }

        // Ideographic scripts take far fewer characters than alphabetic ones for the same sentence.
        var ideographic = direction.Target.Language is "zh" or "ja" or "ko";
        var minRatio = ideographic ? 0.1 : 0.3;
        var maxRatio = direction.Source.Language is "zh" or "ja" or "ko" ? 8.0 : 3.0;
        if (source.Length >= 30 && translation.Length < source.Length * minRatio)
        {
            return $"has {translation.Length} characters for a source of {source.Length}: it is not a complete translation";
        }

        if (translation.Length > (source.Length * maxRatio) + 40)
        {
            return $"has {translation.Length} characters for a source of {source.Length}: it holds more than the translation";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM translation rejected (attempt {Attempt}): {Reason}")]
    private static partial void LogRejected(ILogger logger, int attempt, string reason);

    private sealed record SegmentPayload(int Id, string Text);
}
