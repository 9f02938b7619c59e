using System.Diagnostics;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Backends.Metering;

/// <summary>What every metered backend call records: its outcome on the span, one latency sample, and what it billed.</summary>
internal static class MeteredCall
{
    public static async Task<TResult> RunAsync<TResult>(
        NewsLingoMetrics metrics,
        string backend,
        string kind,
        Activity? activity,
        Func<CancellationToken, Task<TResult>> call,
        Func<TResult, CallReport> reportOf,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call(cancellationToken).ConfigureAwait(false);
            outcome = "ok";
            foreach (var usage in reportOf(result).Backends)
            {
                metrics.RecordBilled(usage.Backend, usage.Characters, usage.InputTokens, usage.OutputTokens);
            }
            return result;
        }
        catch (Exception exception)
        {
            outcome = BackendOutcome.Of(exception, cancellationToken);
            if (exception is Errors.BackendException { Billed: { } billed })
            {
                // A failed call may still have been billed (a model's rejected answers).
                metrics.RecordBilled(billed.Backend, billed.Characters, billed.InputTokens, billed.OutputTokens);
            }

            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            metrics.RecordBackendCall(backend, kind, outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
