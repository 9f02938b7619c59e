namespace NewsLingo.Backends.SemanticKernel.Tests.Emulation;

/// <summary>
/// One answer the emulator gives: a completion whose content is fixed or computed from the request, or an HTTP
/// failure with headers (Retry-After).
/// </summary>
public sealed record ScriptedReply(
    int Status,
    Func<ReceivedChatRequest, string>? Content,
    IReadOnlyDictionary<string, string>? Headers = null,
    int PromptTokens = 0,
    int CompletionTokens = 0,
    TimeSpan Delay = default)
{
    public static ScriptedReply Answer(string content, int promptTokens = 321, int completionTokens = 45) =>
        new(200, _ => content, null, promptTokens, completionTokens);

    public static ScriptedReply Answer(Func<ReceivedChatRequest, string> content, int promptTokens = 321, int completionTokens = 45) =>
        new(200, content, null, promptTokens, completionTokens);

    /// <summary>An answer that only comes after <paramref name="delay"/> (or never, if the client gives up first).</summary>
    public static ScriptedReply Slow(string content, TimeSpan delay) => new(200, _ => content, null, 1, 1, delay);

    public static ScriptedReply Failure(int status, string? retryAfter = null) =>
        new(status, null, retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });
}
