using NewsLingo.Contracts.V1;
using NewsLingo.LoadClient;

namespace NewsLingo.ScaleOut;

/// <summary>
/// SIGKILL of one instance halfway through a run: no call is lost by a client that retries as the
/// contract says, the balancer marks the instance DOWN and sends nothing more to it, and it rejoins
/// when started again. Run once behind HAProxy with its L7 retries and once with them off.
/// </summary>
public static class KillOneCheck
{
    private const int CallsAfterTakeOut = 300;

    public static Task<CheckResult> WithBalancerRetriesAsync(ScaleOutSetup setup, CancellationToken cancellationToken) =>
        RunAsync(setup, setup.Balancer, setup.Backend, victimIndex: 2, "kill one instance mid-run (HAProxy retries on)", cancellationToken);

    public static Task<CheckResult> WithClientRetriesOnlyAsync(ScaleOutSetup setup, CancellationToken cancellationToken) =>
        RunAsync(setup, setup.BalancerWithoutRetries, setup.BackendWithoutRetries, victimIndex: 1, "kill one instance mid-run (HAProxy retries off: the client's only)", cancellationToken);

    private static async Task<CheckResult> RunAsync(ScaleOutSetup setup, Uri balancer, string backend, int victimIndex, string name, CancellationToken cancellationToken)
    {
        var victim = setup.Instances[victimIndex];
        var n = victimIndex + 1;
        using var channel = ScaleOutSetup.Channel(balancer);
        var client = new TranslationService.TranslationServiceClient(channel);
        var request = LoadShape.TranslateRequest();
        var retry = new ContractRetry();
        Task? kill = null;

        var failures = await CallRun.RunAsync(setup.Calls, setup.Concurrency, (index, ct) =>
        {
            if (index == setup.Calls / 2)
            {
                kill = setup.Control.KillAsync(n, ct);
            }

            return retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct);
        }, cancellationToken);
        await (kill ?? Task.CompletedTask);
        var down = await setup.Stats.WaitForStatusAsync(backend, victim.Name, "DOWN", cancellationToken);

        // Once it is out, every call goes to the two left.
        var survivors = setup.Instances.Where(i => i != victim).ToArray();
        var before = await Task.WhenAll(survivors.Select(i => i.TranslateCallsAsync(setup.Http, cancellationToken)));
        var afterFailures = await CallRun.RunAsync(CallsAfterTakeOut, setup.Concurrency, (_, ct) =>
            retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct), cancellationToken);
        await ScaleOutSetup.ScrapeCacheExpiryAsync(cancellationToken);
        var after = await Task.WhenAll(survivors.Select(i => i.TranslateCallsAsync(setup.Http, cancellationToken)));
        var servedBySurvivors = after.Sum() - before.Sum();

        await setup.Control.StartAsync(n, cancellationToken);
        var back = await setup.Stats.WaitForStatusAsync(backend, victim.Name, "UP", cancellationToken)
            && await setup.Stats.WaitForStatusAsync(setup.Backend, victim.Name, "UP", cancellationToken);

        var figures = new List<string>
        {
            $"{setup.Calls} calls, {victim.Name} killed (SIGKILL) at call {setup.Calls / 2}: failed after the contract's retries {CallRun.Describe(failures)}, attempts retried {retry.Retries}",
            $"HAProxy marked {victim.Name} DOWN: {down}; then {CallsAfterTakeOut} calls: failed {CallRun.Describe(afterFailures)}, served by {string.Join("+", survivors.Select(s => s.Name))} {servedBySurvivors}",
            $"{victim.Name} started again and back UP: {back}",
        };
        var passed = failures.Count == 0 && afterFailures.Count == 0 && down && servedBySurvivors >= CallsAfterTakeOut && back;
        return new CheckResult(name, passed, figures);
    }
}
