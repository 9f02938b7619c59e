using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Backends;

/// <summary>
/// Checks one backend can serve: its descriptor's probe when it declares one, else what each of its
/// capabilities can answer without a text (a translator lists its directions, a detector its
/// languages, a summarizer is built from its settings). Asks the adapters themselves, not their
/// stacks: a probe is not a call to retry or to count for the circuit. Never throws for the backend.
/// </summary>
public sealed class BackendProbe(BackendCatalog catalog, IServiceProvider services)
{
    public async Task<BackendHealth> ProbeAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            if (catalog.Describe(name)?.HealthProbe is { } probe)
            {
                return await probe(services, cancellationToken).ConfigureAwait(false);
            }

            var found = new List<string>();
            var capabilities = catalog.CapabilitiesOf(name);
            if (capabilities.HasFlag(BackendCapabilities.Translate))
            {
                var directions = await services.GetRequiredKeyedService<ITranslator>(name).GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
                if (directions.Count == 0)
                {
                    return BackendHealth.Unhealthy("it translates no direction");
                }

                found.Add($"{directions.Count} directions");
            }

            if (capabilities.HasFlag(BackendCapabilities.Detect))
            {
                var languages = services.GetRequiredKeyedService<ILanguageDetector>(name).SupportedLanguages.Count;
                if (languages == 0)
                {
                    return BackendHealth.Unhealthy("it detects no language");
                }

                found.Add($"{languages} detectable languages");
            }

            if (capabilities.HasFlag(BackendCapabilities.Summarize))
            {
                _ = services.GetRequiredKeyedService<ISummarizer>(name);
                found.Add("summarizer configured");
            }

            return found.Count > 0 ? BackendHealth.Healthy(string.Join(", ", found)) : BackendHealth.Unhealthy("no such backend is registered");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The message of a classified failure is written for callers; for anything else, its type says enough.
            return BackendHealth.Unhealthy(exception is Errors.NewsLingoException known ? known.Message : $"its probe failed ({exception.GetType().Name})");
        }
    }
}
