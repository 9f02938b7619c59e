using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NewsLingo.Core.Caching;

/// <summary>
/// Content-hash keys for shared caches (Redis): SHA-256 over every input that changes the output, so
/// a key never carries article text (keys show up in Redis and in logs) and any change to the inputs
/// misses. Each kind of cached value writes its own key with it (a translated segment, a summary).
/// </summary>
public static class ContentHash
{
    /// <summary><paramref name="prefix"/> then the lowercase hex SHA-256 of the length-prefixed UTF-8 parts.</summary>
    public static string Of(string prefix, params ReadOnlySpan<string> parts)
    {
        // Length-prefixing each part keeps ("ab","c") and ("a","bc") apart. One pooled buffer and a
        // one-shot hash: this runs for every segment of every request, cache hits included, and an
        // incremental hash costs a native context plus a byte array per part.
        var size = 0;
        foreach (var part in parts)
        {
            size += sizeof(int) + Encoding.UTF8.GetByteCount(part);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var part in parts)
            {
                var length = Encoding.UTF8.GetBytes(part, buffer.AsSpan(written + sizeof(int)));
                BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(written), length);
                written += sizeof(int) + length;
            }

            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), digest);
            Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
            Convert.TryToHexStringLower(digest, hex, out _);
            return string.Concat(prefix, hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
