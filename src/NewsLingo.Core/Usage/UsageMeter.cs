using System.Collections.Concurrent;

namespace NewsLingo.Core.Usage;

/// <summary>
/// Collects what one request cost while its parts run concurrently: backend usage, cache hits,
/// de-duplicated segments and fallbacks. Thread-safe; one per request (or per target).
/// </summary>
public sealed class UsageMeter
{
    // Made on first use: most requests (cache hits) record no backend usage and no fallback, and the
    // two collections were a third of what a cached Translate call allocated.
    private ConcurrentDictionary<string, BackendUsage>? _backends;
    private ConcurrentQueue<string>? _fallbacks;
    private ConcurrentQueue<string>? _notes;
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
        var backends = LazyInitializer.EnsureInitialized(ref _backends, static () => new ConcurrentDictionary<string, BackendUsage>(StringComparer.Ordinal));
        backends.AddOrUpdate(usage.Backend, usage, (_, existing) => existing.Add(usage));
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
        LazyInitializer.EnsureInitialized(ref _fallbacks, static () => new ConcurrentQueue<string>()).Enqueue(reason);
        _parent?.RecordFallback(reason);
    }

    /// <summary>Something the caller should know that is not a fallback: an input normalized, a protected term a backend lost.</summary>
    public void RecordNote(string note)
    {
        LazyInitializer.EnsureInitialized(ref _notes, static () => new ConcurrentQueue<string>()).Enqueue(note);
        _parent?.RecordNote(note);
    }

    public void RecordNotes(IReadOnlyList<string>? notes)
    {
        if (notes is null)
        {
            return;
        }

        for (var i = 0; i < notes.Count; i++)
        {
            RecordNote(notes[i]);
        }
    }

    public UsageSnapshot Snapshot()
    {
        var backends = Volatile.Read(ref _backends);
        var fallbacks = Volatile.Read(ref _fallbacks);
        var notes = Volatile.Read(ref _notes);
        return new(
            backends is null ? [] : [.. backends.Values.OrderBy(b => b.Backend, StringComparer.Ordinal)],
            Volatile.Read(ref _cacheHits),
            Volatile.Read(ref _segmentsTranslated),
            Volatile.Read(ref _duplicateSegments),
            fallbacks is null ? [] : [.. fallbacks.Distinct()],
            notes is null ? [] : [.. notes.Distinct()]);
    }
}
