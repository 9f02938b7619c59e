using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation.Routing;

namespace NewsLingo.Core.Backends;

/// <summary>
/// The one place backends are chosen, from configuration and the descriptors: configured names are
/// checked against the catalog at start-up (an unknown name stops the server with the setting's
/// name), then the settings of every enabled backend, and only those; "auto" resolves to the
/// available backend of highest priority for the capability, else to the fakes with a loud warning.
/// </summary>
public sealed class BackendSelector(BackendCatalog catalog, IServiceProvider services) : IValidateOptions<BackendSelectionOptions>
{
    private const string Section = BackendSelectionOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BackendSelectionOptions options)
    {
        var failures = new List<string>();
        Check(options.Translator, catalog.Translators, $"{Section}:Translator", failures);
        Check(options.Summarizer, catalog.Summarizers, $"{Section}:Summarizer", failures);
        Check(options.LanguageDetector, catalog.Detectors, $"{Section}:LanguageDetector", failures);
        CheckNames(options.TranslatorFallbacks, catalog.Translators, $"{Section}:TranslatorFallbacks", failures, noneAllowed: true);
        CheckNames(options.SummarizerFallbacks, catalog.Summarizers, $"{Section}:SummarizerFallbacks", failures, noneAllowed: true);
        CheckNames(options.LanguageDetectorFallbacks, catalog.Detectors, $"{Section}:LanguageDetectorFallbacks", failures, noneAllowed: true);
        CheckNames(options.Translators, catalog.Translators, $"{Section}:Translators", failures, noneAllowed: false);
        CheckNames(options.Summarizers, catalog.Summarizers, $"{Section}:Summarizers", failures, noneAllowed: false);
        CheckRoutes(options, failures);
        if (failures.Count == 0)
        {
            // Only what this deployment enables must be configured: a server without Azure settings starts when Azure is not used.
            foreach (var enabled in Select(options).Enabled)
            {
                failures.AddRange(catalog.Describe(enabled)?.CheckOptions(services) ?? []);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public SelectedBackends Select(BackendSelectionOptions options)
    {
        var warnings = new List<string>();
        var translator = Resolve(options.Translator, BackendCapabilities.Translate, "translator", warnings);
        var summarizer = Resolve(options.Summarizer, BackendCapabilities.Summarize, "summarizer", warnings);
        var detector = Resolve(options.LanguageDetector, BackendCapabilities.Detect, "language detector", warnings);
        string[] translators = [translator, .. Distinct(options.Translators).Where(t => t != translator)];
        string[] summarizers = [summarizer, .. Distinct(options.Summarizers).Where(s => s != summarizer)];
        var routes = options.Routes.Select(r => new TranslationRoute(
            Pattern(r.Source),
            Pattern(r.Target),
            r.Translator.ToLowerInvariant(),
            Chain(BackendCapabilities.Translate, r.Translator.ToLowerInvariant(), r.Fallbacks, useDefaults: false))).ToList();
        var translatorChains = translators.ToDictionary(t => t, t => Chain(BackendCapabilities.Translate, t, options.TranslatorFallbacks), StringComparer.OrdinalIgnoreCase);
        var summarizerChains = summarizers.ToDictionary(s => s, s => Chain(BackendCapabilities.Summarize, s, options.SummarizerFallbacks), StringComparer.OrdinalIgnoreCase);
        var detectorFallbacks = Chain(BackendCapabilities.Detect, detector, options.LanguageDetectorFallbacks);
        IEnumerable<string> enabled =
        [
            .. translators, .. translatorChains.Values.SelectMany(c => c), .. routes.SelectMany(r => r.Fallbacks.Prepend(r.Translator)),
            .. summarizers, .. summarizerChains.Values.SelectMany(c => c),
            detector, .. detectorFallbacks,
        ];
        return new SelectedBackends(translator, summarizer, detector, warnings)
        {
            Translators = translators,
            Summarizers = summarizers,
            Routes = routes,
            TranslatorChains = translatorChains,
            SummarizerChains = summarizerChains,
            LanguageDetectorFallbacks = detectorFallbacks,
            Enabled = [.. enabled.Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }

    private string Resolve(string configured, BackendCapabilities capability, string role, List<string> warnings)
    {
        if (!configured.Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase))
        {
            return configured.ToLowerInvariant();
        }

        var registered = catalog.Offering(capability);
        var candidates = catalog.Descriptors
            .Where(d => registered.Contains(d.Name) && d.AutoPriority.ContainsKey(capability))
            .OrderByDescending(d => d.AutoPriority[capability])
            .ThenBy(d => d.Name, StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.WhyUnavailable?.Invoke(services) is not { } unavailable)
            {
                return candidate.Name;
            }

            warnings.Add($"The {role} '{candidate.Name}' cannot run here: {unavailable}.");
        }

        var fake = catalog.Descriptors.FirstOrDefault(d => d.IsFake && registered.Contains(d.Name))?.Name ?? BackendNames.Fake;
        warnings.Add($"No {role} of \"auto\" can run here, so the FAKE {role} serves: its output is not real. Set {Section} to choose a backend.");
        return fake;
    }

    /// <summary>Fallbacks in order, without the primary and without repeats: the configured ones, else the primary's own defaults (those registered).</summary>
    private IReadOnlyList<string> Chain(BackendCapabilities capability, string primary, string[] configured, bool useDefaults = true)
    {
        if (configured.Length == 1 && configured[0].Equals(BackendNames.None, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var chosen = configured.Length > 0 || !useDefaults
            ? configured
            : [.. (catalog.Describe(primary)?.DefaultFallbacks.GetValueOrDefault(capability) ?? []).Where(catalog.Offering(capability).Contains)];
        return [.. Distinct(chosen).Where(f => f != primary)];
    }

    private static IEnumerable<string> Distinct(IEnumerable<string> names) => names.Select(n => n.ToLowerInvariant()).Distinct();

    private static string Pattern(string language) =>
        language == TranslationRoute.Any ? language : LanguageTag.Parse(language).Value;

    /// <summary>Each rule names valid languages (or "*") and an enabled translator, so no request can meet a route to nowhere.</summary>
    private void CheckRoutes(BackendSelectionOptions options, List<string> failures)
    {
        var enabled = options.Translators.Append(options.Translator).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Routes.Count; i++)
        {
            var route = options.Routes[i];
            var setting = $"{Section}:Routes:{i}";
            foreach (var (name, value) in new[] { ("Source", route.Source), ("Target", route.Target) })
            {
                if (value != TranslationRoute.Any && !LanguageTag.TryParse(value, out _))
                {
                    failures.Add($"{setting}:{name} = '{value}' is neither a BCP-47 language tag nor \"*\".");
                }
            }

            if (string.IsNullOrWhiteSpace(route.Translator) || !enabled.Contains(route.Translator) || route.Translator.Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{setting}:Translator = '{route.Translator}' is not an enabled translator (\"auto\" is not allowed in a route); enable it in {Section}:Translators (enabled: {string.Join(", ", enabled.Order(StringComparer.Ordinal))}).");
            }

            CheckNames(route.Fallbacks, catalog.Translators, $"{setting}:Fallbacks", failures, noneAllowed: false);
        }
    }

    private static void CheckNames(string[] configured, IReadOnlySet<string> registered, string setting, List<string> failures, bool noneAllowed)
    {
        if (noneAllowed && configured.Length == 1 && configured[0].Equals(BackendNames.None, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var i = 0; i < configured.Length; i++)
        {
            if (configured[i].Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase) || !registered.Contains(configured[i]))
            {
                failures.Add($"{setting}:{i} = '{configured[i]}' names no registered backend; use one of: {string.Join(", ", registered.Order(StringComparer.Ordinal))}{(noneAllowed ? " (or \"none\" alone)" : string.Empty)}.");
            }
        }
    }

    private static void Check(string configured, IReadOnlySet<string> registered, string setting, List<string> failures)
    {
        if (!configured.Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase) && !registered.Contains(configured))
        {
            failures.Add($"{setting} = '{configured}' names no registered backend; use one of: auto, {string.Join(", ", registered.Order(StringComparer.Ordinal))}.");
        }
    }
}
