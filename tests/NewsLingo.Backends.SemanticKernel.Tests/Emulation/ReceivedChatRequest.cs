using System.Text.Json.Nodes;

namespace NewsLingo.Backends.SemanticKernel.Tests.Emulation;

/// <summary>What the emulator received in one POST /v1/chat/completions.</summary>
public sealed record ReceivedChatRequest(
    string Path,
    string? Authorization,
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    string? ResponseFormat,
    bool Stream,
    JsonObject Body)
{
    public string System => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string LastUser => Messages.Last(m => m.Role == "user").Content;
}
