using System.Diagnostics.Metrics;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Core.Memory;

/// <summary>
/// The memory's instruments on the "NewsLingo" meter: lookups per segment by outcome (exact, fuzzy,
/// miss, and unavailable: a miss because the store was down) and store failures by operation.
/// </summary>
public sealed class MemoryMetrics
{
    private readonly ObservedCounts<string> _lookups = new(outcome => [new("outcome", outcome)]);
    private readonly ObservedCounts<string> _failures = new(operation => [new("operation", operation)]);

    public MemoryMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(NewsLingoMetrics.MeterName);
        meter.CreateObservableCounter("newslingo.memory.lookups", _lookups.Observe, "{segment}", "Segments looked up in the translation memory, by outcome (exact, fuzzy, miss, unavailable).");
        meter.CreateObservableCounter("newslingo.memory.store_failures", _failures.Observe, "{failure}", "Translation memory store operations that failed (store unreachable, timed out), by operation.");
    }

    public void RecordLookups(string outcome, long segments)
    {
        if (segments > 0)
        {
            _lookups.Add(outcome, segments);
        }
    }

    public void RecordFailure(string operation) => _failures.Add(operation);
}
