using System.Collections.Concurrent;

namespace NewsLingo.Core.Usage;

/// <summary>
/// Collects what one request cost while its parts run concurrently: backend usage, cache hits,
/// de-duplicated segments and fallbacks. Thread-safe; one per request (or per target).
/// </summary>
public sealed class UsageMeter
{
    private readonly ConcurrentDictionary<string, BackendUsage> _backends = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _fallbacks = new();
    private readonly UsageMeter? _parent;
    private int _cacheHits;
    private int _segmentsTranslated;
    private int _duplicateSegments;

    /// <param name="parent">A meter that also receives everything recorded here (per-target meters feed the request's).</param>
    public UsageMeter(UsageMeter? parent = null)
    {
        _parent = parent;
    }

    public void Record(BackendUsage usage)
    {
        _backends.AddOrUpdate(usage.Backend, usage, (_, existing) => existing.Add(usage));
        _parent?.Record(usage);
    }

    public void RecordCacheHits(int count)
    {
        Interlocked.Add(ref _cacheHits, count);
        _parent?.RecordCacheHits(count);
    }

    public void RecordSegmentsTranslated(int count)
    {
        Interlocked.Add(ref _segmentsTranslated, count);
        _parent?.RecordSegmentsTranslated(count);
    }

    public void RecordDuplicates(int count)
    {
        Interlocked.Add(ref _duplicateSegments, count);
        _parent?.RecordDuplicates(count);
    }

    public void RecordFallback(string reason)
    {
        _fallbacks.Enqueue(reason);
        _parent?.RecordFallback(reason);
    }

    public UsageSnapshot Snapshot() => new(
        _backends.Values.OrderBy(b => b.Backend, StringComparer.Ordinal).ToList(),
        Volatile.Read(ref _cacheHits),
        Volatile.Read(ref _segmentsTranslated),
        Volatile.Read(ref _duplicateSegments),
        _fallbacks.Distinct().ToList());
}
