using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsLingo.Server.Security;

/// <summary>
/// Per-key limits (System.Threading.RateLimiting, partitioned by key name): a fixed window of
/// calls chained with a concurrency limit. No queueing: a refused call is answered at once with
/// when to come back.
/// </summary>
public sealed class ApiKeyRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiKeyRateLimiter(IOptions<AuthOptions> options)
    {
        var settings = options.Value;
        var perKey = settings.Keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var rate = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(name, key => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perKey.TryGetValue(key, out var entry) && entry.PermitsPerWindow is { } permits ? permits : settings.PermitsPerWindow,
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        var concurrency = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetConcurrencyLimiter(name, key => new ConcurrencyLimiterOptions
        {
            PermitLimit = perKey.TryGetValue(key, out var entry) && entry.MaxConcurrentCalls is { } calls ? calls : settings.MaxConcurrentCalls,
            QueueLimit = 0,
        }));
        _limiter = PartitionedRateLimiter.CreateChained(rate, concurrency);
    }

    public RateLimitLease Acquire(string keyName) => _limiter.AttemptAcquire(keyName);

    public void Dispose() => _limiter.Dispose();
}
