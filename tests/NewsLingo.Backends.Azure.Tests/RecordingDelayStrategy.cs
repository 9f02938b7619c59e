using System.Collections.Concurrent;
using Azure;
using Azure.Core;

namespace NewsLingo.Backends.Azure.Tests;

/// <summary>
/// Wraps Azure.Core's exponential strategy (with tiny delays) and records each delay it chose, server
/// Retry-After included, so tests check the back-off without timing anything.
/// </summary>
internal sealed class RecordingDelayStrategy() : DelayStrategy(maxDelay: TimeSpan.FromMinutes(5), jitterFactor: 0)
{
    private readonly DelayStrategy _inner = CreateExponentialDelayStrategy(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    protected override TimeSpan GetNextDelayCore(Response? response, int retryNumber)
    {
        var delay = _inner.GetNextDelay(response, retryNumber);
        _delays.Enqueue(delay);
        return delay;
    }
}
