using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NewsLingo.Core.Diagnostics;

/// <summary>
/// The "NewsLingo" meter and activity source: what backends cost and how they behave, recorded by
/// the decorators that see each backend call (metering, caching, fallback, retry), not from the
/// per-request usage report, so latency is per call and a hit ratio is derivable per kind.
/// </summary>
public sealed class NewsLingoMetrics
{
    public const string MeterName = "NewsLingo";

    /// <summary>Spans around backend calls; the host exports this source.</summary>
    public static readonly ActivitySource ActivitySource = new(MeterName);

    // Seconds, from half a millisecond (a cache hit) to a minute (a long article through an LLM).
    private static readonly double[] RequestDurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<double> _backendDuration;
    private readonly Counter<long> _backendCharacters;
    private readonly Counter<long> _backendTokens;
    private readonly ObservedCounts<string> _cacheHits = new(kind => [new("kind", kind)]);
    private readonly ObservedCounts<string> _cacheMisses = new(kind => [new("kind", kind)]);
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _retryDelay;
    private readonly Counter<long> _factChecks;
    private readonly Counter<long> _factIssues;
    private readonly Counter<long> _readingFallbacks;

    public NewsLingoMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requestDuration = meter.CreateHistogram(
            "newslingo.request.duration",
            "s",
            "Time an RPC spent in the service (decoded request to response), by method and gRPC status; its count is the number of RPCs.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RequestDurationBuckets });

        _backendDuration = meter.CreateHistogram<double>("newslingo.backend.duration", "s", "Duration of one backend call, by backend, kind and outcome.");
        _backendCharacters = meter.CreateCounter<long>("newslingo.backend.characters", "{character}", "Characters sent to a backend (what character-billed services charge for).");
        _backendTokens = meter.CreateCounter<long>("newslingo.backend.tokens", "{token}", "Tokens billed by a backend, by type (input, output).");
        // Counted on every cache look-up: observable counters (see ObservedCounts).
        meter.CreateObservableCounter("newslingo.cache.hits", _cacheHits.Observe, "{entry}", "Cache lookups answered from the cache, by kind (translation, summary).");
        meter.CreateObservableCounter("newslingo.cache.misses", _cacheMisses.Observe, "{entry}", "Cache lookups that had to ask a backend, by kind.");
        _fallbacks = meter.CreateCounter<long>("newslingo.fallbacks", "{fallback}", "Calls a fallback backend served because the preferred one failed.");
        _retries = meter.CreateCounter<long>("newslingo.backend.retries", "{retry}", "Backend calls retried after a transient failure.");
        _retryDelay = meter.CreateHistogram<double>("newslingo.backend.retry_delay", "s", "Delay before a retry (the backend's Retry-After when it gave one).");
        _factChecks = meter.CreateCounter<long>("newslingo.facts.checked", "{segment}", "Translated segments whose facts were checked against their source, by backend.");
        _factIssues = meter.CreateCounter<long>("newslingo.facts.issues", "{fact}", "Facts of a source a translation lost or changed, by backend and kind (number, percent, amount, date, time, ordinal, name).");
        _readingFallbacks = meter.CreateCounter<long>("newslingo.articles.reading_fallbacks", "{page}", "HTML pages read a simpler way because a stage of reading failed on them (a reader fault), by stage (parsing, metadata, main-content, boilerplate-rules, structure).");
    }

    public void RecordRequest(string method, string status, TimeSpan duration) =>
        _requestDuration.Record(duration.TotalSeconds, new("rpc.method", method), new("rpc.grpc.status_code", status));

    public void RecordBackendCall(string backend, string kind, string outcome, TimeSpan duration) =>
        _backendDuration.Record(duration.TotalSeconds, new("backend", backend), new("kind", kind), new("outcome", outcome));

    public void RecordBilled(string backend, long characters, long inputTokens, long outputTokens)
    {
        if (characters > 0)
        {
            _backendCharacters.Add(characters, new KeyValuePair<string, object?>("backend", backend));
        }

        if (inputTokens > 0)
        {
            _backendTokens.Add(inputTokens, new("backend", backend), new("type", "input"));
        }

        if (outputTokens > 0)
        {
            _backendTokens.Add(outputTokens, new("backend", backend), new("type", "output"));
        }
    }

    public void RecordCacheLookup(string kind, bool hit)
    {
        (hit ? _cacheHits : _cacheMisses).Add(kind);
    }

    public void RecordFactCheck(string backend, int segmentsChecked, IReadOnlyList<Facts.FactIssue> issues)
    {
        _factChecks.Add(segmentsChecked, new KeyValuePair<string, object?>("backend", backend));
        foreach (var issue in issues)
        {
            _factIssues.Add(1, new("backend", backend), new("kind", issue.Kind.ToString().ToLowerInvariant()));
        }
    }

    public void RecordFallback(string failed, string served) =>
        _fallbacks.Add(1, new("failed", failed), new("served", served));

    public void RecordRetry(string backend, TimeSpan delay)
    {
        _retries.Add(1, new KeyValuePair<string, object?>("backend", backend));
        _retryDelay.Record(delay.TotalSeconds, new KeyValuePair<string, object?>("backend", backend));
    }

    /// <summary>A page read a simpler way because <paramref name="stage"/> failed on it.</summary>
    public void RecordReadingFallback(string stage) =>
        _readingFallbacks.Add(1, new KeyValuePair<string, object?>("stage", stage));
}
