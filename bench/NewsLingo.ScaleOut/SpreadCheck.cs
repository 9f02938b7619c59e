using NewsLingo.Contracts.V1;
using NewsLingo.LoadClient;

namespace NewsLingo.ScaleOut;

/// <summary>Translate calls over one channel to the balancer land on every instance, each 25-45 % of them.</summary>
public static class SpreadCheck
{
    public const double Lowest = 0.25;
    public const double Highest = 0.45;

    public static async Task<CheckResult> RunAsync(ScaleOutSetup setup, CancellationToken cancellationToken)
    {
        using var channel = ScaleOutSetup.Channel(setup.Balancer);
        var client = new TranslationService.TranslationServiceClient(channel);
        var request = LoadShape.TranslateRequest();
        var retry = new ContractRetry();

        var before = await setup.TranslateCallsAsync(cancellationToken);
        var failures = await CallRun.RunAsync(setup.Calls, setup.Concurrency, (_, ct) =>
            retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct), cancellationToken);
        await ScaleOutSetup.ScrapeCacheExpiryAsync(cancellationToken);
        var after = await setup.TranslateCallsAsync(cancellationToken);

        var served = after.Zip(before, (a, b) => a - b).ToArray();
        var total = served.Sum();
        var shares = served.Select(s => (double)s / total).ToArray();
        var figures = new List<string>
        {
            $"{setup.Calls} Translate calls over one channel to {setup.Balancer}, {setup.Concurrency} in flight: failed {CallRun.Describe(failures)}, retried {retry.Retries}",
            "served per instance (/metrics): " + string.Join(", ", setup.Instances.Select((instance, i) => $"{instance.Name} {served[i]} ({shares[i]:P1})")),
        };
        var passed = failures.Count == 0 && total >= setup.Calls && shares.All(s => s is >= Lowest and <= Highest);
        return new CheckResult("spread over one channel", passed, figures);
    }
}
