using System.Diagnostics;
using Grpc.Core;
using NewsLingo.Contracts.V1;

namespace NewsLingo.LoadClient;

/// <summary>Runs closed-loop load: N workers, each sending the next call as soon as the last answered.</summary>
public static class LoadRunner
{
    public static async Task<(long Calls, long Errors, double Seconds, double[] LatenciesMs)> RunAsync(
        TranslationService.TranslationServiceClient client,
        TranslateRequest request,
        int concurrency,
        TimeSpan duration,
        int maxCalls)
    {
        var latencies = new double[maxCalls];
        long issued = 0;
        long errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync()
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var index = Interlocked.Increment(ref issued) - 1;
                if (index >= maxCalls)
                {
                    return;
                }

                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    await client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[index] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var calls = Math.Min(Interlocked.Read(ref issued), maxCalls);
        // Workers that drew an index after the deadline returned without calling; they left zeros at the end.
        var measured = latencies.Take((int)calls).Where(l => l > 0).ToArray();
        return (measured.Length, errors, seconds, measured);
    }
}
