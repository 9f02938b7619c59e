using Microsoft.Extensions.Options;

namespace NewsLingo.Core.Backends;

/// <summary>
/// What NewsLingo knows of one backend beyond its adapters, declared once by the backend's own
/// project (<see cref="BackendServiceCollectionExtensions.AddNewsLingoBackend"/>): its settings and
/// their checks, whether it can run here, its warm-up, health probe and default timeout, its place
/// in "auto", its default fallbacks and whether its answers may be cached. The host enables
/// backends by configuration alone; every policy a backend has lives here, not in the host.
/// </summary>
public sealed class BackendDescriptor
{
    private readonly List<Func<IServiceProvider, IEnumerable<string>>> _optionChecks = [];
    private readonly Dictionary<BackendCapabilities, int> _autoPriority = [];
    private readonly Dictionary<BackendCapabilities, IReadOnlyList<string>> _defaultFallbacks = [];

    internal BackendDescriptor(string name)
    {
        Name = name;
    }

    /// <summary>The name the backend is configured and reported under ("azure").</summary>
    public string Name { get; }

    /// <summary>True for a backend whose output is not real (the fakes): "auto" takes it only as a last resort, with a warning.</summary>
    public bool IsFake { get; internal set; }

    /// <summary>Why the backend cannot run on this machine (its engine or models are missing), or null when it can.</summary>
    public Func<IServiceProvider, string?>? WhyUnavailable { get; internal set; }

    /// <summary>Loads what the first request would otherwise wait for (pipelines, models), when the deployment enables the backend.</summary>
    public Func<IServiceProvider, CancellationToken, Task>? WarmUp { get; internal set; }

    /// <summary>True when the server waits for <see cref="WarmUp"/> before serving; false: it runs in the background.</summary>
    public bool WarmUpBeforeServing { get; internal set; }

    /// <summary>Checks the backend can serve now; null: the capability's own probe (directions, languages).</summary>
    public Func<IServiceProvider, CancellationToken, Task<BackendHealth>>? HealthProbe { get; internal set; }

    /// <summary>The timeout of one call when the deployment sets none for this backend (NewsLingo:Resilience); null: the server-wide default.</summary>
    public Func<IServiceProvider, TimeSpan?>? DefaultTimeout { get; internal set; }

    /// <summary>Whether its answers may be cached now (the fakes: not while they inject latency or failures); null: always.</summary>
    public Func<IServiceProvider, bool>? Cacheable { get; internal set; }

    /// <summary>Its rank for "auto" per capability (higher first); a capability not listed never serves "auto".</summary>
    public IReadOnlyDictionary<BackendCapabilities, int> AutoPriority => _autoPriority;

    /// <summary>The backends that serve, in order, when it fails, unless the deployment configures that capability's fallbacks.</summary>
    public IReadOnlyDictionary<BackendCapabilities, IReadOnlyList<string>> DefaultFallbacks => _defaultFallbacks;

    /// <summary>A descriptor with no policy of its own: a backend registered as a keyed adapter only.</summary>
    internal static BackendDescriptor Plain(string name) => new(name);

    /// <summary>Every failure of the backend's settings (each naming its setting); empty when they are valid.</summary>
    public IReadOnlyList<string> CheckOptions(IServiceProvider services)
    {
        var failures = new List<string>();
        foreach (var check in _optionChecks)
        {
            failures.AddRange(check(services));
        }

        return failures;
    }

    internal void AddOptionCheck(Func<IServiceProvider, IEnumerable<string>> check) => _optionChecks.Add(check);

    internal void SetAutoPriority(BackendCapabilities capability, int priority) => _autoPriority[capability] = priority;

    internal void SetDefaultFallbacks(BackendCapabilities capability, IReadOnlyList<string> fallbacks) => _defaultFallbacks[capability] = fallbacks;

    /// <summary>Reads the options as the backend will (binding and every validator), turning a validation failure into its messages.</summary>
    internal static IEnumerable<string> Validate<TOptions>(IServiceProvider services)
        where TOptions : class
    {
        try
        {
            _ = ((IOptionsMonitor<TOptions>)services.GetService(typeof(IOptionsMonitor<TOptions>))!).CurrentValue;
            return [];
        }
        catch (OptionsValidationException failure)
        {
            return failure.Failures;
        }
    }
}
