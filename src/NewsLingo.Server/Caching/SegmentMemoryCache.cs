using Microsoft.Extensions.Caching.Memory;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;

namespace NewsLingo.Server.Caching;

/// <summary>
/// This process's level of the translation cache: segments by their exact inputs, bounded in bytes.
/// A hit is a dictionary look-up (the key's hash is .NET's randomized string hash, the comparison
/// exact), where the SHA-256 key a shared level needs cost more than the rest of a cached Translate.
/// </summary>
public sealed class SegmentMemoryCache : IDisposable
{
    // Strings are UTF-16, and an entry carries its key, its value and the cache's own bookkeeping.
    private const int EntryOverheadBytes = 256;

    private readonly MemoryCache _entries;
    private readonly TimeSpan _expiration;

    public SegmentMemoryCache(long maxBytes, TimeSpan expiration)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxBytes, TrackStatistics = true });
        _expiration = expiration;
    }

    /// <summary>Roughly what the entries hold, in bytes (the figure the size limit applies to).</summary>
    public long ApproximateBytes => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public TranslatedSegment? Get(SegmentCacheKey key) => _entries.TryGetValue(key, out TranslatedSegment? segment) ? segment : null;

    public void Set(SegmentCacheKey key, TranslatedSegment segment)
    {
        // Handed as it is to every later caller: a copy nobody else holds, whatever list the backend built.
        var kept = new TranslatedSegment(segment.Text, [.. segment.UnknownWords], key.Backend);
        var size = EntryOverheadBytes + (2L * (key.Segment.Length + kept.Text.Length)) + kept.UnknownWords.Sum(w => 2L * w.Length);
        using var entry = _entries.CreateEntry(key);
        entry.Value = kept;
        entry.Size = size;
        entry.AbsoluteExpirationRelativeToNow = _expiration;
    }

    public void Dispose() => _entries.Dispose();
}
