using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

public sealed class DeadlineTests(NewsLingoHost server) : IClassFixture<NewsLingoHost>
{
    [Theory]
    [InlineData("300ms", 300)]
    [InlineData("2s", 2000)]
    [InlineData("1.5", 1500)]
    public async Task Timeout_becomes_the_calls_deadline(string timeout, int expectedMilliseconds)
    {
        HeaderRecorder? recorder = null;

        // The first health check of a fresh server warms its backends' probes; on a busy machine that
        // alone can outlast 300 ms, and this test is about the header, not the server's cold start.
        await CliHarness.RunAsync(server, ["health"]);
        var run = await CliHarness.RunAsync(server, ["health", "--timeout", timeout], wrapHandler: inner => recorder = new HeaderRecorder(inner));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var sent = Assert.Single(recorder!.Timeouts);
        Assert.NotNull(sent);
        // grpc-timeout carries what is left of the deadline when the call starts: at most the timeout, in a unit of its choosing.
        var milliseconds = ToMilliseconds(sent);
        Assert.InRange(milliseconds, expectedMilliseconds / 2.0, expectedMilliseconds);
    }

    [Fact]
    public async Task A_timeout_that_is_not_a_duration_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync(["health", "--timeout", "soon"], handler: null);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'soon' is not a positive duration", run.Error);
    }

    private static double ToMilliseconds(string grpcTimeout)
    {
        var value = double.Parse(grpcTimeout[..^1], System.Globalization.CultureInfo.InvariantCulture);
        return grpcTimeout[^1] switch
        {
            'H' => value * 3_600_000,
            'M' => value * 60_000,
            'S' => value * 1000,
            'm' => value,
            'u' => value / 1000,
            'n' => value / 1_000_000,
            _ => throw new FormatException(grpcTimeout),
        };
    }
}
