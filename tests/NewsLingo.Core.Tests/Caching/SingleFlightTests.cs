using NewsLingo.Core.Caching;

namespace NewsLingo.Core.Tests.Caching;

public sealed class SingleFlightTests
{
    [Fact]
    public async Task Identical_calls_in_flight_run_the_work_once()
    {
        var flight = new SingleFlight<string, int>();
        var release = new TaskCompletionSource();
        var runs = 0;
        async Task<int> Work(CancellationToken token)
        {
            Interlocked.Increment(ref runs);
            await release.Task.WaitAsync(token);
            return 42;
        }

        var calls = Enumerable.Range(0, 20).Select(_ => flight.RunAsync("same", Work, CancellationToken.None)).ToList();
        release.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, runs);
        Assert.All(results, r => Assert.Equal(42, r.Value));
        Assert.Equal(19, results.Count(r => r.Shared));
    }

    [Fact]
    public async Task A_waiter_runs_the_work_itself_when_the_leaders_caller_gives_up()
    {
        var flight = new SingleFlight<string, int>();
        using var leaderGivesUp = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var leader = flight.RunAsync("same", async token =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return 1;
        }, leaderGivesUp.Token);
        await started.Task;
        var waiter = flight.RunAsync("same", _ => Task.FromResult(2), CancellationToken.None);

        await leaderGivesUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        Assert.Equal((2, false), await waiter);
    }

    [Fact]
    public async Task A_finished_key_runs_again()
    {
        var flight = new SingleFlight<string, int>();
        var runs = 0;

        await flight.RunAsync("k", _ => Task.FromResult(Interlocked.Increment(ref runs)), CancellationToken.None);
        await flight.RunAsync("k", _ => Task.FromResult(Interlocked.Increment(ref runs)), CancellationToken.None);

        Assert.Equal(2, runs);
    }
}
