using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.Offline.Summarization;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Server.Configuration;

/// <summary>
/// The one place backends are chosen: configured names are checked against the catalog at
/// start-up (an unknown name stops the server with the setting's name), and "auto" resolves to the
/// offline engines when they can run here, else to the fakes with a loud warning.
/// </summary>
public sealed class BackendSelector(BackendCatalog catalog, IEnumerable<IOfflineEngineProbe> probes) : IValidateOptions<BackendSelectionOptions>
{
    /// <summary>Preferred offline engines for "auto", best first; the fake is the last resort.</summary>
    private static readonly string[] AutoTranslators = [ApertiumTranslator.BackendName];
    private static readonly string[] AutoSummarizers = [ExtractiveSummarizer.BackendName];
    private static readonly string[] AutoDetectors = [LinguaLanguageDetector.BackendName];

    public ValidateOptionsResult Validate(string? name, BackendSelectionOptions options)
    {
        var failures = new List<string>();
        Check(options.Translator, catalog.Translators, $"{BackendSelectionOptions.SectionName}:Translator", failures);
        Check(options.Summarizer, catalog.Summarizers, $"{BackendSelectionOptions.SectionName}:Summarizer", failures);
        Check(options.LanguageDetector, catalog.Detectors, $"{BackendSelectionOptions.SectionName}:LanguageDetector", failures);
        CheckFallbacks(options.TranslatorFallbacks, catalog.Translators, $"{BackendSelectionOptions.SectionName}:TranslatorFallbacks", failures);
        CheckFallbacks(options.SummarizerFallbacks, catalog.Summarizers, $"{BackendSelectionOptions.SectionName}:SummarizerFallbacks", failures);
        CheckFallbacks(options.Translators, catalog.Translators, $"{BackendSelectionOptions.SectionName}:Translators", failures);
        CheckFallbacks(options.Summarizers, catalog.Summarizers, $"{BackendSelectionOptions.SectionName}:Summarizers", failures);
        CheckRoutes(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public SelectedBackends Select(BackendSelectionOptions options)
    {
        var warnings = new List<string>();
        var translator = Resolve(options.Translator, AutoTranslators, catalog.Translators, "translator", warnings);
        var summarizer = Resolve(options.Summarizer, AutoSummarizers, catalog.Summarizers, "summarizer", warnings);
        var detector = Resolve(options.LanguageDetector, AutoDetectors, catalog.Detectors, "language detector", warnings);
        return new SelectedBackends(translator, summarizer, detector, warnings)
        {
            TranslatorFallbacks = Chain(translator, options.TranslatorFallbacks),
            SummarizerFallbacks = Chain(summarizer, options.SummarizerFallbacks),
            Translators = [translator, .. Chain(translator, options.Translators)],
            Summarizers = [summarizer, .. Chain(summarizer, options.Summarizers)],
            Routes = [.. options.Routes.Select(r => new Core.Translation.Routing.TranslationRoute(
                Pattern(r.Source), Pattern(r.Target), r.Translator.ToLowerInvariant(), Chain(r.Translator.ToLowerInvariant(), r.Fallbacks)))],
        };
    }

    private string Resolve(string configured, string[] preferred, IReadOnlySet<string> registered, string role, List<string> warnings)
    {
        if (!configured.Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase))
        {
            return configured.ToLowerInvariant();
        }

        foreach (var candidate in preferred.Where(registered.Contains))
        {
            var unavailable = probes.Where(p => p.Engine == candidate).Select(p => p.WhyUnavailable()).FirstOrDefault(reason => reason is not null);
            if (unavailable is null)
            {
                return candidate;
            }

            warnings.Add($"The offline {role} '{candidate}' cannot run here: {unavailable}.");
        }

        warnings.Add($"No offline {role} is available, so the FAKE {role} serves: its output is not real. Set {BackendSelectionOptions.SectionName} to choose a backend.");
        return BackendNames.Fake;
    }

    private static string Pattern(string language) =>
        language == Core.Translation.Routing.TranslationRoute.Any ? language : Core.Languages.LanguageTag.Parse(language).Value;

    /// <summary>Each rule names valid languages (or "*") and an enabled translator, so no request can meet a route to nowhere.</summary>
    private void CheckRoutes(BackendSelectionOptions options, List<string> failures)
    {
        var enabled = options.Translators.Append(options.Translator).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Routes.Count; i++)
        {
            var route = options.Routes[i];
            var setting = $"{BackendSelectionOptions.SectionName}:Routes:{i}";
            foreach (var (name, value) in new[] { ("Source", route.Source), ("Target", route.Target) })
            {
                if (value != Core.Translation.Routing.TranslationRoute.Any && !Core.Languages.LanguageTag.TryParse(value, out _))
                {
                    failures.Add($"{setting}:{name} = '{value}' is neither a BCP-47 language tag nor \"*\".");
                }
            }

            if (string.IsNullOrWhiteSpace(route.Translator) || !enabled.Contains(route.Translator) || route.Translator.Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{setting}:Translator = '{route.Translator}' is not an enabled translator (\"auto\" is not allowed in a route); enable it in {BackendSelectionOptions.SectionName}:Translators (enabled: {string.Join(", ", enabled.Order(StringComparer.Ordinal))}).");
            }

            CheckFallbacks(route.Fallbacks, catalog.Translators, $"{setting}:Fallbacks", failures);
        }
    }

    /// <summary>Fallbacks in order, without the primary and without repeats.</summary>
    private static IReadOnlyList<string> Chain(string primary, string[] fallbacks) =>
        fallbacks.Select(f => f.ToLowerInvariant()).Where(f => f != primary).Distinct().ToList();

    private static void CheckFallbacks(string[] configured, IReadOnlySet<string> registered, string setting, List<string> failures)
    {
        for (var i = 0; i < configured.Length; i++)
        {
            if (configured[i].Equals(BackendNames.Auto, StringComparison.OrdinalIgnoreCase) || !registered.Contains(configured[i]))
            {
                failures.Add($"{setting}:{i} = '{configured[i]}' names no registered backend; use one of: {string.Join(", ", registered.Order(StringComparer.Ordinal))}.");
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
