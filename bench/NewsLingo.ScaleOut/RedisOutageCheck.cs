using NewsLingo.Contracts.V1;

namespace NewsLingo.ScaleOut;

/// <summary>
/// Redis killed (SIGKILL) under the three instances: every call is still answered (new texts by
/// the backend, so billed), each instance's /healthz turns Degraded, which still passes HAProxy's
/// check, so no instance is taken out. A Redis outage costs cache hits, not answers.
/// </summary>
public static class RedisOutageCheck
{
    private const int Calls = 300;

    public static async Task<CheckResult> RunAsync(ScaleOutSetup setup, CancellationToken cancellationToken)
    {
        System.Diagnostics.Process.GetProcessById(setup.RedisProcessId).Kill();

        using var channel = ScaleOutSetup.Channel(setup.Balancer);
        var client = new TranslationService.TranslationServiceClient(channel);
        var nonce = Guid.NewGuid().ToString("N")[..8];
        var retry = new ContractRetry();
        long billed = 0, hits = 0;
        var failures = await CallRun.RunAsync(Calls, setup.Concurrency, async (index, ct) =>
        {
            var request = new TranslateRequest { SourceLanguage = "fr", TargetLanguages = { "en" }, Texts = { $"Pendant la panne de Redis, dépêche {index} ({nonce})." } };
            var response = await retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct);
            Interlocked.Add(ref billed, response.Usage.Backends.Sum(b => b.Characters));
            Interlocked.Add(ref hits, response.Usage.CacheHits);
        }, cancellationToken);

        var health = await Task.WhenAll(setup.Instances.Select(i => setup.Http.GetStringAsync(new Uri(i.Http, "/healthz"), cancellationToken)));
        var statuses = await setup.Stats.ServerStatusAsync(setup.Backend, cancellationToken);
        var figures = new List<string>
        {
            $"Redis killed; {Calls} new texts through {setup.Balancer}: failed {CallRun.Describe(failures)}, retried {retry.Retries}, billed characters {billed}, cache hits {hits}",
            "/healthz: " + string.Join(", ", setup.Instances.Select((instance, i) => $"{instance.Name} {health[i]}")) + "; HAProxy: " + string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}")),
        };
        var passed = failures.Count == 0 && billed > 0 && hits == 0 && health.All(h => h == "Degraded") && statuses.Values.All(s => s == "UP");
        return new CheckResult("Redis outage costs cache hits only", passed, figures);
    }
}
