using System.Buffers.Binary;

namespace NewsLingo.Core.Memory;

/// <summary>Opaque page tokens over a store's ascending row key: callers pass them back and never read them.</summary>
public static class MemoryPageTokens
{
    public static string Write(long lastRow)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, lastRow);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The row after which the page starts; 0 for none; <see cref="FormatException"/> for a token this did not write.</summary>
    public static long Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        var padded = token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (token.Length % 4)) % 4);
        Span<byte> bytes = stackalloc byte[9];
        return token.Length == 11 && Convert.TryFromBase64String(padded, bytes, out var written) && written == 8
            ? BinaryPrimitives.ReadInt64BigEndian(bytes)
            : throw new FormatException("The page token is not one NewsLingo gave; start again without one.");
    }
}
