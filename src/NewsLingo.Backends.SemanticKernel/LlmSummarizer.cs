using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Summarizes with a chat model, straight into the target language. The answer must be well-formed, within
/// the requested length and faithful to the article (<see cref="FaithfulnessGuard"/>); otherwise the model is
/// asked once more with the reason, and if that fails too the call fails as an unusable answer
/// (<see cref="BackendFailure.InvalidResponse"/>, with what the rejected answers billed): the stack's configured
/// fallback (by default the extractive summarizer) serves, and the usage report says why.
/// </summary>
public sealed partial class LlmSummarizer : ISummarizer
{
    private const string Operation = "summarize";
    private readonly LlmChat _chat;
    private readonly PromptLibrary _prompts;
    private readonly ILogger<LlmSummarizer> _logger;

    internal LlmSummarizer(LlmChat chat, PromptLibrary prompts, ILogger<LlmSummarizer>? logger = null)
    {
        _chat = chat;
        _prompts = prompts;
        _logger = logger ?? NullLogger<LlmSummarizer>.Instance;
    }

    public string Name => LlmFailures.BackendName;

    /// <summary>A chat model writes any language it is asked to.</summary>
    public bool CanWriteIn(LanguageTag target) => true;

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        var article = PromptLibrary.Neutralize(
            (request.Title is null ? string.Empty : request.Title + "\n\n") + string.Join(" ", request.Sentences),
            "<article>",
            "</article>");
        var arguments = new KernelArguments
        {
            ["target_language"] = PromptLibrary.LanguageName(request.TargetLanguage),
            ["length_instruction"] = LengthInstruction(request),
            ["style_instruction"] = StyleInstruction(request.Style),
            ["article"] = article,
        };
        var history = new ChatHistory();
        history.AddSystemMessage(await _prompts.RenderAsync(PromptLibrary.SummarizeSystem, _chat.Kernel, arguments, cancellationToken).ConfigureAwait(false));
        history.AddUserMessage(await _prompts.RenderAsync(PromptLibrary.SummarizeUser, _chat.Kernel, arguments, cancellationToken).ConfigureAwait(false));

        var usage = BackendUsage.None(Name);
        var rejection = string.Empty;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var answer = await _chat.CompleteAsync(history, json: true, Operation, cancellationToken).ConfigureAwait(false);
            usage = usage.Add(new BackendUsage(Name, article.Length, 1, answer.InputTokens, answer.OutputTokens));
            var sentences = Parse(answer.Text, request, out var error);
            if (sentences is not null)
            {
                var source = request.Title is null ? request.Sentences : [request.Title, .. request.Sentences];
                var report = FaithfulnessGuard.Check(sentences, source, request.SourceLanguage.Language, request.TargetLanguage.Language);
                if (report.IsFaithful)
                {
                    return new SummaryResult(sentences, request.TargetLanguage, usage);
                }

                error = $"the summary is not faithful to the article ({report}); use only numbers and names the article contains";
            }

            rejection = error!;
            LogRejected(_logger, attempt + 1, rejection);
            history.AddAssistantMessage(answer.Text);
            history.AddUserMessage(await _prompts.RenderAsync(PromptLibrary.Repair, _chat.Kernel, new KernelArguments { ["error"] = error }, cancellationToken).ConfigureAwait(false));
        }

        throw new BackendException(Name, BackendFailure.InvalidResponse, $"{Operation}: the model's summary was rejected twice: {rejection}.") { Billed = usage };
    }

    /// <summary>Reads {"sentences":[...]} and checks it against the requested length; null with the reason when unusable.</summary>
    internal static IReadOnlyList<string>? Parse(string answer, SummaryRequest request, out string? error)
    {
        if (LlmJson.TryParseObject(answer, out error) is not { } root)
        {
            return null;
        }

        if (!root.TryGetProperty("sentences", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            error = "the JSON object has no \"sentences\" array";
            return null;
        }

        var sentences = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                error = "\"sentences\" holds an empty or non-string item";
                return null;
            }

            sentences.Add(text);
        }

        var words = sentences.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var maxSentences = request.Style == SummaryStyle.Headline ? 1 : request.Length.MaxSentences;
        var minWords = Math.Min(4, request.Length.MaxWords ?? 4);
        if (sentences.Count == 0)
        {
            error = "\"sentences\" is empty";
        }
        else if (maxSentences is { } max && sentences.Count > max)
        {
            error = $"it has {sentences.Count} sentences where at most {max} were asked for";
        }
        else if (request.Length.MaxWords is { } maxWords && words > maxWords + Math.Max(5, maxWords / 4))
        {
            error = $"it has {words} words where at most {maxWords} were asked for";
        }
        else if (words < minWords)
        {
            // A one-word answer ("HACKED", "OK") is what an obeyed injection or a refusal looks like, not a summary.
            error = $"it has {words} word(s): that is not a summary of the article";
        }

        return error is null ? sentences : null;
    }

    private static string LengthInstruction(SummaryRequest request) => request.Style == SummaryStyle.Headline
        ? "Write exactly one sentence."
        : request.Length.MaxSentences is { } sentences
            ? $"Write at most {sentences} sentences."
            : $"Use at most {request.Length.MaxWords} words in total.";

    private static string StyleInstruction(SummaryStyle style) => style switch
    {
        SummaryStyle.Headline => "Make it a headline: one informative sentence of at most 15 words.",
        SummaryStyle.Bullets => "Write bullet points: each item one short, complete statement, without bullet characters.",
        _ => "Write flowing prose: the sentences read together as one paragraph.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM summary rejected (attempt {Attempt}): {Reason}")]
    private static partial void LogRejected(ILogger logger, int attempt, string reason);
}
