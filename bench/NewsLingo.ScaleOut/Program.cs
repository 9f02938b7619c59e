using NewsLingo.ScaleOut;

// Usage (run.sh passes all of it): NewsLingo.ScaleOut --balancer URL --balancer-client-retries URL --balancer-stats URL;csv
//   --instance name,grpcUrl,httpUrl,pidFile (x3) --control "bash instance.sh {action} STATE {n}" --redis-pid PID
//   [--calls 3000] [--concurrency 8] [--feed 200] [--feed-interval-ms 150]
//   [--redis-outage: only the Redis outage check, which leaves the instances without Redis, so run.sh runs it last of all]
var redisOutage = args.Contains("--redis-outage");
using var setup = ScaleOutSetup.Parse(args.Where(a => a != "--redis-outage").ToArray());
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
Func<ScaleOutSetup, CancellationToken, Task<CheckResult>>[] checks = redisOutage
    ? [RedisOutageCheck.RunAsync]
    : [SpreadCheck.RunAsync, SharedCacheCheck.RunAsync, KillOneCheck.WithBalancerRetriesAsync, KillOneCheck.WithClientRetriesOnlyAsync, FeedWithRestartsCheck.RunAsync];

var failed = 0;
foreach (var check in checks)
{
    var result = await check(setup, timeout.Token);
    Console.WriteLine($"[{(result.Passed ? "PASS" : "FAIL")}] {result.Name}");
    foreach (var figure in result.Figures)
    {
        Console.WriteLine($"       {figure}");
    }

    failed += result.Passed ? 0 : 1;
}

Console.WriteLine($"{checks.Length - failed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
