using System.Security.Cryptography;
using System.Text;

namespace NewsLingo.Core.Memory;

/// <summary>
/// How a store finds a source segment: its normalized form, the SHA-256 of that form (the indexed
/// exact-match key: fixed length, no text in the index), and its tokens for fuzzy matching.
/// </summary>
public sealed class SegmentKey
{
    private IReadOnlyList<string>? _tokens;

    private SegmentKey(string normalized)
    {
        Normalized = normalized;
        Hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
    }

    /// <summary><see cref="MemoryText.Normalize"/> of the segment.</summary>
    public string Normalized { get; }

    /// <summary>SHA-256 of <see cref="Normalized"/> in UTF-8 (32 bytes).</summary>
    public byte[] Hash { get; }

    /// <summary><see cref="MemoryText.Tokens"/> of <see cref="Normalized"/>.</summary>
    public IReadOnlyList<string> Tokens => _tokens ??= MemoryText.Tokens(Normalized);

    /// <summary>
    /// The distinct words of the segment in lower case (invariant), as a token index keeps them:
    /// signs are left out, and case does not decide whether a candidate is found.
    /// </summary>
    public IReadOnlyList<string> IndexWords => [.. Tokens.Where(MemoryText.IsWord).Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    public static SegmentKey Of(string segment) => new(MemoryText.Normalize(segment));

    /// <summary>The hash as lower-case hex, for logs and tests.</summary>
    public override string ToString() => Convert.ToHexStringLower(Hash);
}
