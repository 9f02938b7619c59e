using NewsLingo.Contracts.V1;
using NewsLingo.LoadClient;

namespace NewsLingo.ScaleOut;

/// <summary>
/// SIGKILL of the third instance halfway through a run: no call is lost by a client that retries as
/// the contract says, the balancer marks the instance DOWN and sends nothing more to it, and it
/// rejoins when started again.
/// </summary>
public static class KillOneCheck
{
    private const int CallsAfterTakeOut = 300;

    public static async Task<CheckResult> RunAsync(ScaleOutSetup setup, CancellationToken cancellationToken)
    {
        var victim = setup.Instances[2];
        using var channel = ScaleOutSetup.Channel(setup.Balancer);
        var client = new TranslationService.TranslationServiceClient(channel);
        var request = LoadShape.TranslateRequest();
        var retry = new ContractRetry();
        Task? kill = null;

        var failures = await CallRun.RunAsync(setup.Calls, setup.Concurrency, (index, ct) =>
        {
            if (index == setup.Calls / 2)
            {
                kill = setup.Control.KillAsync(3, ct);
            }

            return retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct);
        }, cancellationToken);
        await (kill ?? Task.CompletedTask);
        var down = await setup.Stats.WaitForStatusAsync(setup.Backend, "i3", "DOWN", cancellationToken);

        // Once it is out, every call goes to the two left.
        var survivors = setup.Instances.Take(2).ToArray();
        var before = await Task.WhenAll(survivors.Select(i => i.TranslateCallsAsync(setup.Http, cancellationToken)));
        var afterFailures = await CallRun.RunAsync(CallsAfterTakeOut, setup.Concurrency, (_, ct) =>
            retry.CallAsync(c => client.TranslateAsync(request, deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: c).ResponseAsync, ct), cancellationToken);
        await ScaleOutSetup.ScrapeCacheExpiryAsync(cancellationToken);
        var after = await Task.WhenAll(survivors.Select(i => i.TranslateCallsAsync(setup.Http, cancellationToken)));
        var servedBySurvivors = after.Sum() - before.Sum();

        await setup.Control.StartAsync(3, cancellationToken);
        var back = await setup.Stats.WaitForStatusAsync(setup.Backend, "i3", "UP", cancellationToken);

        var figures = new List<string>
        {
            $"{setup.Calls} calls, {victim.Name} killed (SIGKILL) at call {setup.Calls / 2}: failed after the contract's retries {CallRun.Describe(failures)}, attempts retried {retry.Retries}",
            $"HAProxy marked {victim.Name} DOWN: {down}; then {CallsAfterTakeOut} calls: failed {CallRun.Describe(afterFailures)}, served by {string.Join("+", survivors.Select(s => s.Name))} {servedBySurvivors}",
            $"{victim.Name} started again and back UP: {back}",
        };
        var passed = failures.Count == 0 && afterFailures.Count == 0 && down && servedBySurvivors >= CallsAfterTakeOut && back;
        return new CheckResult("kill one instance mid-run", passed, figures);
    }
}
