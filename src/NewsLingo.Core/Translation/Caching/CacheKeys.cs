using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Content-hash keys for shared caches (Redis): SHA-256 over every input that changes the output, so
/// a key never carries article text (keys show up in Redis and in logs) and any change to the inputs
/// misses. The in-process level of translations needs none of this: see <see cref="SegmentCacheKey"/>.
/// </summary>
public static class CacheKeys
{
    /// <summary>Bumped when the shape of cached values changes, so old entries are ignored.</summary>
    private const string Version = "v1";

    /// <summary>The shared-cache key of one segment's translation.</summary>
    public static string ForSegment(SegmentCacheKey key) =>
        Hash("newslingo:t:", Version, key.Backend, key.Source.Value, key.Target.Value, key.Format.ToString(), key.Formality.ToString(), key.Segment);

    /// <summary>The key of the summary <paramref name="summarizer"/> makes of <paramref name="request"/>.</summary>
    public static string ForSummary(string summarizer, SummaryRequest request)
    {
        var parts = new List<string>(request.Sentences.Count + 8)
        {
            Version,
            summarizer,
            request.SourceLanguage.Value,
            request.TargetLanguage.Value,
            request.Length.MaxSentences?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            request.Length.MaxWords?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            request.Style.ToString(),
            request.Title ?? "\u0000",
        };
        parts.AddRange(request.Sentences);
        return Hash("newslingo:s:", System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
    }

    /// <summary><paramref name="prefix"/> then the lowercase hex SHA-256 of the length-prefixed UTF-8 parts.</summary>
    private static string Hash(string prefix, params ReadOnlySpan<string> parts)
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
