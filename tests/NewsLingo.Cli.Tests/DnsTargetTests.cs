using Grpc.AspNetCore.Server;
using Grpc.Net.Client.Balancer;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>--server dns:///host:port (client-side round robin, as against a headless Service) and translate --repeat.</summary>
public sealed class DnsTargetTests
{
    [Fact]
    public async Task Translate_repeat_sends_every_call_and_prints_the_first_answer()
    {
        await using var server = new NewsLingoHost();
        HeaderRecorder? recorder = null;

        var run = await CliHarness.RunAsync(server, ["translate", "Bonjour à tous.", "--from", "fr", "--to", "en", "--repeat", "5"], wrapHandler: inner => recorder = new HeaderRecorder(inner));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(5, recorder!.Timeouts.Count);
        Assert.Contains("5 calls over one channel", run.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task A_repeat_below_one_is_a_usage_error(string repeat)
    {
        var run = await CliHarness.RunAsync(["translate", "Bonjour.", "--to", "en", "--repeat", repeat], handler: null);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--repeat", run.Error);
    }

    [Theory]
    [InlineData("dns:///newslingo-headless")]
    [InlineData("dns:///newslingo-headless:port")]
    [InlineData("ftp://127.0.0.1:5080")]
    public async Task A_server_address_without_a_usable_scheme_or_port_is_a_usage_error(string server)
    {
        var run = await CliHarness.RunAsync(["translate", "Bonjour.", "--to", "en", "--server", server], handler: null);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(server, run.Error);
    }

    [Fact]
    public async Task A_dns_target_resolves_with_real_DNS_and_serves_every_call()
    {
        await using var server = new NewsLingoHost();
        using var loopback = server.StartOnLoopback();

        var run = await CliHarness.RunAsync(["translate", "Bonjour à tous.", "--from", "fr", "--to", "en", "--repeat", "3", "--server", $"dns:///{loopback.Target}"], handler: null);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("3 calls over one channel", run.Error);
    }

    [Fact]
    public async Task A_dns_target_spreads_repeated_calls_over_every_address_of_the_name()
    {
        var counters = new[] { new CallCounter(), new CallCounter() };
        var servers = counters.Select(counter => new NewsLingoHost().WithServices(services =>
        {
            services.AddSingleton(counter);
            services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<CallCounter>());
        })).ToArray();
        try
        {
            var ports = servers.Select(s => int.Parse(s.StartOnLoopback().Target.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var resolver = new HeadlessNameResolver("newslingo-headless", ports);
            var channelServices = new ServiceCollection().AddSingleton<ResolverFactory>(resolver).BuildServiceProvider();

            var run = await CliHarness.RunAsync(
                ["translate", "Bonjour à tous.", "--from", "fr", "--to", "en", "--repeat", "40", "--server", "dns:///newslingo-headless:5080"],
                handler: null,
                channelServices: channelServices);

            Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
            Assert.Equal(["newslingo-headless:5080"], resolver.Resolved);
            Assert.Equal(40, counters.Sum(c => c.Calls));
            Assert.All(counters, counter => Assert.True(counter.Calls > 0, $"calls per server: {string.Join(", ", counters.Select(c => c.Calls))}"));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
