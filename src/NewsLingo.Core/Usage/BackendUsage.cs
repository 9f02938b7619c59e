namespace NewsLingo.Core.Usage;

/// <summary>What one backend was asked to do: the figures a bill is made of.</summary>
/// <param name="Backend">The backend's name.</param>
/// <param name="Characters">Characters sent (what character-billed services charge for).</param>
/// <param name="Requests">Calls made.</param>
/// <param name="InputTokens">Prompt tokens (LLM backends).</param>
/// <param name="OutputTokens">Completion tokens (LLM backends).</param>
public sealed record BackendUsage(string Backend, long Characters, int Requests, long InputTokens = 0, long OutputTokens = 0)
{
    public static BackendUsage None(string backend) => new(backend, 0, 0);

    public BackendUsage Add(BackendUsage other) =>
        new(Backend, Characters + other.Characters, Requests + other.Requests, InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);
}
