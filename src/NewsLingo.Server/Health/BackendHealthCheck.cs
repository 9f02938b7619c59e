using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Configuration;

namespace NewsLingo.Server.Health;

/// <summary>
/// Healthy when the selected translator can list its directions; Degraded when the server runs on
/// the fakes because "auto" found no offline engine (it serves, but not real translations).
/// </summary>
public sealed class BackendHealthCheck(ITranslator translator, SelectedBackends selected) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["translator"] = selected.Translator,
            ["summarizer"] = selected.Summarizer,
            ["languageDetector"] = selected.LanguageDetector,
        };
        try
        {
            var directions = await translator.GetSupportedDirectionsAsync(cancellationToken);
            data["directions"] = directions.Count;
            if (directions.Count == 0)
            {
                return HealthCheckResult.Unhealthy($"Translator '{translator.Name}' supports no direction.", data: data);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Translator '{translator.Name}' cannot list its directions.", exception, data);
        }

        return selected.Warnings.Count > 0
            ? HealthCheckResult.Degraded(string.Join(" ", selected.Warnings), data: data)
            : HealthCheckResult.Healthy($"Serving with {selected.Translator}/{selected.Summarizer}/{selected.LanguageDetector}.", data);
    }
}
