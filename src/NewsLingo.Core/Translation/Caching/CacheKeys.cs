using System.Security.Cryptography;
using System.Text;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Core.Translation.Caching;

/// <summary>
/// Content-hash cache keys: SHA-256 over every input that changes the output, so a key never
/// carries article text (keys show up in Redis and in logs) and any change to the inputs misses.
/// </summary>
public static class CacheKeys
{
    /// <summary>Bumped when the shape of cached values changes, so old entries are ignored.</summary>
    private const string Version = "v1";

    /// <summary>The key of one segment translated by <paramref name="backend"/> as <paramref name="batch"/> asks.</summary>
    public static string ForSegment(string backend, TranslationBatch batch, string segment) =>
        "newslingo:t:" + Hash(Version, backend, batch.Source.Value, batch.Target.Value, batch.Format.ToString(), batch.Formality.ToString(), segment);

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
        return "newslingo:s:" + Hash([.. parts]);
    }

    private static string Hash(params string[] parts)
    {
        // Length-prefixing each part keeps ("ab","c") and ("a","bc") apart.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
