using Grpc.Core;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory;

namespace NewsLingo.Server.Memory;

/// <summary>
/// Whose memory a call reads and writes: the scope the deployment maps the caller's API key to
/// (<c>NewsLingo:Memory:Scopes</c>), else a scope of the key's own name; with authentication off,
/// the one default scope. The author of a correction defaults to the key's name.
/// </summary>
public sealed class CallerScope(IOptions<TranslationMemoryOptions> options)
{
    /// <summary>Where <see cref="Security.ApiKeyInterceptor"/> leaves the caller's key name.</summary>
    private const string KeyNameSlot = "newslingo.key";

    public MemoryScope ScopeOf(ServerCallContext context) =>
        KeyName(context) is not { } key ? MemoryScope.Default
        : options.Value.Scopes.TryGetValue(key, out var mapped) ? MemoryScope.Parse(mapped)
        : MemoryScope.TryParse(key, out var own) ? own
        : MemoryScope.Parse(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32]);

    /// <summary>The API key's name, when the call carried one.</summary>
    public static string? KeyName(ServerCallContext context) =>
        context.UserState.TryGetValue(KeyNameSlot, out var name) ? name as string : null;
}
