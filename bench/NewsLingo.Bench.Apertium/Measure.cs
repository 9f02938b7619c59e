using System.Diagnostics;

namespace NewsLingo.Bench.Apertium;

internal static class Measure
{
    public static async Task<double> BestOfAsync(int rounds, Func<Task> work)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return best;
    }

    /// <summary>Every item once, at most <paramref name="concurrency"/> at a time, as independent requests.</summary>
    public static Task ConcurrentlyAsync<T>(IReadOnlyList<string> items, int concurrency, Func<string, Task<T>> call) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, _) => await call(item));

    public static Task ConcurrentlyAsync(IReadOnlyList<string> items, int concurrency, Func<string, Task> call) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, _) => await call(item));
}
