using System.Collections.Frozen;
using System.Reflection;
using Google.Protobuf.Reflection;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Server.Errors;

/// <summary>
/// The contract's <see cref="ErrorReason"/> enum as the strings ErrorInfo carries: the proto name
/// without its ERROR_REASON_ prefix ("TEXT_TOO_LONG"). The enum is the list; nothing else is sent.
/// </summary>
public static class ErrorReasons
{
    private const string Prefix = "ERROR_REASON_";

    private static readonly FrozenDictionary<ErrorReason, string> Names = Enum.GetValues<ErrorReason>()
        .Where(r => r != ErrorReason.Unspecified)
        .ToFrozenDictionary(r => r, r => typeof(ErrorReason).GetField(r.ToString())!.GetCustomAttribute<OriginalNameAttribute>()!.Name[Prefix.Length..]);

    /// <summary>Every reason the server may send.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    public static string NameOf(ErrorReason reason) => Names[reason];
}
