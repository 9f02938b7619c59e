using Grpc.Core;

namespace NewsLingo.ScaleOut;

/// <summary>A fixed number of calls at a fixed concurrency; what failed even after the contract's retries, by status.</summary>
public static class CallRun
{
    public static async Task<Dictionary<StatusCode, int>> RunAsync(int calls, int concurrency, Func<int, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<StatusCode, int>();
        var next = -1;

        async Task WorkerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < calls)
            {
                try
                {
                    await call(index, cancellationToken);
                }
                catch (RpcException exception)
                {
                    lock (failures)
                    {
                        failures[exception.StatusCode] = failures.GetValueOrDefault(exception.StatusCode) + 1;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, cancellationToken)));
        return failures;
    }

    public static string Describe(Dictionary<StatusCode, int> failures) =>
        failures.Count == 0 ? "none" : string.Join(", ", failures.Select(f => $"{f.Value} {f.Key}"));
}
