using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Server.Configuration;

/// <summary>
/// The backends registered in this build, read off the service collection's keyed registrations,
/// so a new backend project needs one registration line and nothing here.
/// </summary>
public sealed class BackendCatalog
{
    private BackendCatalog(IReadOnlySet<string> translators, IReadOnlySet<string> summarizers, IReadOnlySet<string> detectors)
    {
        Translators = translators;
        Summarizers = summarizers;
        Detectors = detectors;
    }

    public IReadOnlySet<string> Translators { get; }

    public IReadOnlySet<string> Summarizers { get; }

    public IReadOnlySet<string> Detectors { get; }

    public static BackendCatalog From(IServiceCollection services) => new(
        KeysOf<ITranslator>(services),
        KeysOf<ISummarizer>(services),
        KeysOf<ILanguageDetector>(services));

    private static HashSet<string> KeysOf<T>(IServiceCollection services) =>
        services.Where(d => d.IsKeyedService && d.ServiceType == typeof(T) && d.ServiceKey is string)
            .Select(d => (string)d.ServiceKey!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
