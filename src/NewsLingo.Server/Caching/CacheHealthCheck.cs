using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace NewsLingo.Server.Caching;

/// <summary>
/// Degraded (still serving, from memory and backends) while Redis is configured but unreachable;
/// healthy otherwise. Never unhealthy: a lost cache costs money, not answers.
/// </summary>
public sealed class CacheHealthCheck(IOptions<CacheOptions> options, GuardedDistributedCache? redis = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return HealthCheckResult.Healthy("Cache off.");
        }

        if (redis is null)
        {
            return HealthCheckResult.Healthy("In-memory cache.");
        }

        if (!redis.IsDown)
        {
            await redis.ProbeAsync(cancellationToken).ConfigureAwait(false);
        }

        return redis.IsDown
            ? HealthCheckResult.Degraded($"Redis cache unreachable ({redis.LastError}); serving from memory and backends.")
            : HealthCheckResult.Healthy("In-memory cache with Redis.");
    }
}
