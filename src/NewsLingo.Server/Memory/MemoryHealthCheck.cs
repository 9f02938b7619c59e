using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsLingo.Core.Memory;

namespace NewsLingo.Server.Memory;

/// <summary>
/// Degraded while the memory's store cannot be reached (translations are served, memory hits are
/// lost, corrections refused); healthy otherwise. Never unhealthy: a lost memory costs hits, not answers.
/// </summary>
public sealed class MemoryHealthCheck(TranslationMemory memory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!memory.IsEnabled)
        {
            return HealthCheckResult.Healthy("Translation memory off.");
        }

        await memory.ProbeAsync(cancellationToken).ConfigureAwait(false);

        return memory.IsDown
            ? HealthCheckResult.Degraded($"Translation memory store {memory.StoreName} unreachable ({memory.LastError}); translating without it, corrections refused.")
            : HealthCheckResult.Healthy($"Translation memory in {memory.StoreName}.");
    }
}
