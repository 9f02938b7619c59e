using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// Starts a pipeline of every installed mode when the host starts (a cold pipeline costs 0.1–0.4 s),
/// in the background: the server answers health checks meanwhile, and a request that comes first
/// simply waits for its pipeline.
/// </summary>
internal sealed class ApertiumWarmUpService(IServiceProvider services, IEnumerable<IOfflineEngineProbe> probes) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        probes.Where(p => p.Engine == ApertiumTranslator.BackendName).All(p => p.WhyUnavailable() is null) && services.GetRequiredKeyedService<ITranslator>(ApertiumTranslator.BackendName) is ApertiumTranslator apertium
            ? apertium.WarmUpAsync(stoppingToken)
            : Task.CompletedTask;
}
