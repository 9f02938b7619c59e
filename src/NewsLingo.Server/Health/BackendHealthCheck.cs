using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsLingo.Core.Backends;

namespace NewsLingo.Server.Health;

/// <summary>
/// Probes every backend the deployment enables (<see cref="BackendProbe"/>), each reported in the
/// data by name. Unhealthy when a default backend (the translator, summarizer or detector a request
/// gets) cannot serve; Degraded when only a fallback, a routed or an optional backend cannot, or
/// when "auto" fell back to the fakes (the server serves, but not real translations).
/// </summary>
public sealed class BackendHealthCheck(SelectedBackends selected, BackendProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["translator"] = selected.Translator,
            ["summarizer"] = selected.Summarizer,
            ["languageDetector"] = selected.LanguageDetector,
        };
        var results = await Task.WhenAll(selected.Enabled.Select(async name => (Name: name, Health: await probe.ProbeAsync(name, cancellationToken)))).ConfigureAwait(false);
        foreach (var (name, health) in results)
        {
            data[$"backend:{name}"] = (health.IsHealthy ? "Healthy: " : "Unhealthy: ") + health.Description;
        }

        var defaults = new[] { selected.Translator, selected.Summarizer, selected.LanguageDetector };
        var failing = results.Where(r => !r.Health.IsHealthy).ToList();
        if (failing.FirstOrDefault(r => defaults.Contains(r.Name, StringComparer.OrdinalIgnoreCase)) is { Name: not null } broken)
        {
            return HealthCheckResult.Unhealthy($"Backend '{broken.Name}' cannot serve: {broken.Health.Description}.", data: data);
        }

        var problems = failing.Select(r => $"Backend '{r.Name}' cannot serve: {r.Health.Description}.").Concat(selected.Warnings).ToList();
        return problems.Count > 0
            ? HealthCheckResult.Degraded(string.Join(" ", problems), data: data)
            : HealthCheckResult.Healthy($"Serving with {selected.Translator}/{selected.Summarizer}/{selected.LanguageDetector}; {results.Length} backend(s) probed.", data);
    }
}
