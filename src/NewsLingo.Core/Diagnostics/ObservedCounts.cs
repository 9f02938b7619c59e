using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace NewsLingo.Core.Diagnostics;

/// <summary>
/// Monotonic counts by key, read by an observable counter when metrics are collected. Counting is a
/// dictionary look-up and an interlocked add, whereas <see cref="Counter{T}.Add(T)"/> with tags
/// makes every listening exporter look the tag set up in its aggregator on every call: on the
/// per-request and per-segment counters that showed in the load test's profile.
/// </summary>
/// <typeparam name="TKey">What the counts are split by (a tag value, or a tuple of them).</typeparam>
public sealed class ObservedCounts<TKey>(Func<TKey, KeyValuePair<string, object?>[]> tags)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, StrongBox<long>> _counts = new();

    /// <summary>Adds <paramref name="value"/> to the count of <paramref name="key"/>.</summary>
    public void Add(TKey key, long value = 1)
    {
        if (!_counts.TryGetValue(key, out var count))
        {
            count = _counts.GetOrAdd(key, static _ => new StrongBox<long>());
        }

        Interlocked.Add(ref count.Value, value);
    }

    /// <summary>The current totals, one measurement per key seen so far.</summary>
    public IEnumerable<Measurement<long>> Observe()
    {
        foreach (var (key, count) in _counts)
        {
            yield return new Measurement<long>(Volatile.Read(ref count.Value), tags(key));
        }
    }
}
