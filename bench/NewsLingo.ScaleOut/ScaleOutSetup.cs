using System.Globalization;
using Grpc.Net.Client;

namespace NewsLingo.ScaleOut;

/// <summary>What run.sh started, as the checks see it: the balancer, the instances behind it, and how to restart them.</summary>
public sealed class ScaleOutSetup : IDisposable
{
    public required Uri Balancer { get; init; }

    /// <summary>The same instances behind a balancer that does not retry: only the client's retries save a call.</summary>
    public required Uri BalancerWithoutRetries { get; init; }

    public required BalancerStats Stats { get; init; }

    public required IReadOnlyList<Instance> Instances { get; init; }

    public required InstanceControl Control { get; init; }

    public required HttpClient Http { get; init; }

    /// <summary>redis-server's pid: the last check kills it.</summary>
    public required int RedisProcessId { get; init; }

    public int Calls { get; init; } = 3000;

    public int Concurrency { get; init; } = 8;

    public int FeedArticles { get; init; } = 200;

    /// <summary>Pause between two articles of the feed, so that it lasts across three restarts.</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The HAProxy backend the three instances are in.</summary>
    public string Backend { get; init; } = "newslingo";

    /// <summary>The HAProxy backend of <see cref="BalancerWithoutRetries"/>.</summary>
    public string BackendWithoutRetries { get; init; } = "newslingo_client_retries";

    public static ScaleOutSetup Parse(string[] args)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Uri? balancer = null;
        Uri? stats = null;
        Uri? withoutRetries = null;
        string? control = null;
        var instances = new List<Instance>();
        int calls = 3000, concurrency = 8, feed = 200, intervalMs = 150, redisPid = 0;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--balancer": balancer = new Uri(value); break;
                case "--balancer-stats": stats = new Uri(value); break;
                case "--balancer-client-retries": withoutRetries = new Uri(value); break;
                case "--instance": instances.Add(Instance.Parse(value)); break;
                case "--control": control = value; break;
                case "--redis-pid": redisPid = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--calls": calls = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--feed": feed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--feed-interval-ms": intervalMs = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (balancer is null || withoutRetries is null || stats is null || control is null || redisPid <= 0 || instances.Count != 3)
        {
            throw new ArgumentException("give --balancer URL --balancer-client-retries URL --balancer-stats URL --redis-pid PID --control 'cmd {action} {n}' and three --instance name,grpcUrl,httpUrl,pidFile");
        }

        return new ScaleOutSetup
        {
            Balancer = balancer,
            BalancerWithoutRetries = withoutRetries,
            Stats = new BalancerStats(http, stats),
            Instances = instances,
            Control = new InstanceControl(control),
            Http = http,
            RedisProcessId = redisPid,
            Calls = calls,
            Concurrency = concurrency,
            FeedArticles = feed,
            FeedInterval = TimeSpan.FromMilliseconds(intervalMs),
        };
    }

    /// <summary>One channel, as a client service would hold it.</summary>
    public static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });

    public async Task<long[]> TranslateCallsAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(Instances.Select(i => i.TranslateCallsAsync(Http, cancellationToken)));

    /// <summary>
    /// Waits until a scrape shows the calls just made: the OpenTelemetry Prometheus exporter answers
    /// scrapes from a copy it keeps for 300 ms, so a scrape right after a short run can predate it.
    /// </summary>
    public static Task ScrapeCacheExpiryAsync(CancellationToken cancellationToken) => Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);

    public void Dispose() => Http.Dispose();
}
