using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Backends;

/// <summary>
/// The backends registered in this build: their names per capability, read off the keyed adapters,
/// and their descriptors. An adapter registered under a name without a descriptor (a test's double)
/// is a backend with no policy of its own: no settings to check, no warm-up, no place in "auto".
/// </summary>
public sealed class BackendCatalog
{
    private readonly Dictionary<string, BackendDescriptor> _descriptors;

    private BackendCatalog(IReadOnlySet<string> translators, IReadOnlySet<string> summarizers, IReadOnlySet<string> detectors, Dictionary<string, BackendDescriptor> descriptors)
    {
        Translators = translators;
        Summarizers = summarizers;
        Detectors = detectors;
        _descriptors = descriptors;
    }

    public IReadOnlySet<string> Translators { get; }

    public IReadOnlySet<string> Summarizers { get; }

    public IReadOnlySet<string> Detectors { get; }

    /// <summary>Every registered backend's descriptor.</summary>
    public IEnumerable<BackendDescriptor> Descriptors => _descriptors.Values;

    public static BackendCatalog From(IServiceCollection services)
    {
        var translators = KeysOf<ITranslator>(services);
        var summarizers = KeysOf<ISummarizer>(services);
        var detectors = KeysOf<ILanguageDetector>(services);
        var descriptors = new Dictionary<string, BackendDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in services.Select(d => d.ImplementationInstance).OfType<BackendDescriptor>())
        {
            descriptors.TryAdd(descriptor.Name, descriptor);
        }

        foreach (var name in translators.Concat(summarizers).Concat(detectors))
        {
            descriptors.TryAdd(name, BackendDescriptor.Plain(name));
        }

        return new BackendCatalog(translators, summarizers, detectors, descriptors);
    }

    /// <summary>What <paramref name="capability"/>'s registered backends are called.</summary>
    public IReadOnlySet<string> Offering(BackendCapabilities capability) => capability switch
    {
        BackendCapabilities.Translate => Translators,
        BackendCapabilities.Summarize => Summarizers,
        BackendCapabilities.Detect => Detectors,
        _ => throw new ArgumentOutOfRangeException(nameof(capability), capability, "One capability at a time."),
    };

    /// <summary>What <paramref name="name"/> offers.</summary>
    public BackendCapabilities CapabilitiesOf(string name) =>
        (Translators.Contains(name) ? BackendCapabilities.Translate : BackendCapabilities.None)
        | (Summarizers.Contains(name) ? BackendCapabilities.Summarize : BackendCapabilities.None)
        | (Detectors.Contains(name) ? BackendCapabilities.Detect : BackendCapabilities.None);

    /// <summary>The descriptor of <paramref name="name"/>, or null when no backend of that name is registered.</summary>
    public BackendDescriptor? Describe(string name) => _descriptors.GetValueOrDefault(name);

    private static HashSet<string> KeysOf<T>(IServiceCollection services) =>
        services.Where(d => d.IsKeyedService && d.ServiceType == typeof(T) && d.ServiceKey is string)
            .Select(d => (string)d.ServiceKey!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
