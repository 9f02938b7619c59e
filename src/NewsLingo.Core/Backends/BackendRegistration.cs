using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Backends;

/// <summary>
/// Declares one backend: its adapters (keyed by its name) and its <see cref="BackendDescriptor"/>.
/// Every setting is checked at start-up only when the deployment enables the backend; warm-up runs
/// only then too. Used by the backend project's one registration extension.
/// </summary>
public sealed class BackendRegistration
{
    private readonly IConfiguration _configuration;

    internal BackendRegistration(IServiceCollection services, IConfiguration configuration, string name)
    {
        Services = services;
        _configuration = configuration;
        Descriptor = new BackendDescriptor(name);
    }

    /// <summary>The services, for what the adapters share (a client, a catalog).</summary>
    public IServiceCollection Services { get; }

    /// <summary>The backend's name.</summary>
    public string Name => Descriptor.Name;

    internal BackendDescriptor Descriptor { get; }

    /// <summary>Binds <typeparamref name="TOptions"/> from <paramref name="sectionName"/>, validated by its data annotations and every registered validator when first read, and at start-up when the backend is enabled.</summary>
    public BackendRegistration WithOptions<TOptions>(string sectionName)
        where TOptions : class
    {
        Services.AddOptions<TOptions>().Bind(_configuration.GetSection(sectionName)).ValidateDataAnnotations();
        Descriptor.AddOptionCheck(BackendDescriptor.Validate<TOptions>);
        return this;
    }

    /// <summary>Adds a validator of <typeparamref name="TOptions"/> for what data annotations cannot check (a directory that must exist).</summary>
    public BackendRegistration ValidatedBy<TOptions, TValidator>()
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return this;
    }

    public BackendRegistration Translates<TTranslator>()
        where TTranslator : class, ITranslator
    {
        Services.AddKeyedSingleton<ITranslator, TTranslator>(Name);
        return this;
    }

    public BackendRegistration Translates(Func<IServiceProvider, ITranslator> factory)
    {
        Services.AddKeyedSingleton(Name, (sp, _) => factory(sp));
        return this;
    }

    public BackendRegistration Summarizes<TSummarizer>()
        where TSummarizer : class, ISummarizer
    {
        Services.AddKeyedSingleton<ISummarizer, TSummarizer>(Name);
        return this;
    }

    public BackendRegistration Summarizes(Func<IServiceProvider, ISummarizer> factory)
    {
        Services.AddKeyedSingleton(Name, (sp, _) => factory(sp));
        return this;
    }

    public BackendRegistration Detects<TDetector>()
        where TDetector : class, ILanguageDetector
    {
        Services.AddKeyedSingleton<ILanguageDetector, TDetector>(Name);
        return this;
    }

    public BackendRegistration Detects(Func<IServiceProvider, ILanguageDetector> factory)
    {
        Services.AddKeyedSingleton(Name, (sp, _) => factory(sp));
        return this;
    }

    /// <summary>The timeout of one call unless NewsLingo:Resilience sets one for this backend (typically the backend's own Timeout setting).</summary>
    public BackendRegistration WithDefaultTimeout(Func<IServiceProvider, TimeSpan?> timeout)
    {
        Descriptor.DefaultTimeout = timeout;
        return this;
    }

    /// <summary>Replaces the capability's own health probe (directions listed, languages known) with the backend's.</summary>
    public BackendRegistration WithHealthProbe(Func<IServiceProvider, CancellationToken, Task<BackendHealth>> probe)
    {
        Descriptor.HealthProbe = probe;
        return this;
    }

    /// <summary>Work to do when the host starts, if the deployment enables the backend and it can run here; <paramref name="beforeServing"/>: the server waits for it.</summary>
    public BackendRegistration WithWarmUp(Func<IServiceProvider, CancellationToken, Task> warmUp, bool beforeServing = false)
    {
        Descriptor.WarmUp = warmUp;
        Descriptor.WarmUpBeforeServing = beforeServing;
        return this;
    }

    /// <summary>Tells "auto" and the warm-up whether the backend can run on this machine (null: it can; else what is missing and how to install it).</summary>
    public BackendRegistration AvailableWhen(Func<IServiceProvider, string?> whyUnavailable)
    {
        Descriptor.WhyUnavailable = whyUnavailable;
        return this;
    }

    /// <summary>Makes the backend a candidate for "auto" for <paramref name="capabilities"/>: the available candidate of highest priority serves.</summary>
    public BackendRegistration ServesAuto(BackendCapabilities capabilities, int priority)
    {
        foreach (var capability in Enum.GetValues<BackendCapabilities>().Where(c => c != BackendCapabilities.None && capabilities.HasFlag(c)))
        {
            Descriptor.SetAutoPriority(capability, priority);
        }

        return this;
    }

    /// <summary>The backends that serve <paramref name="capability"/>, in order, when this one fails, unless the deployment configures that capability's fallbacks.</summary>
    public BackendRegistration FallsBackTo(BackendCapabilities capability, params string[] backends)
    {
        Descriptor.SetDefaultFallbacks(capability, backends);
        return this;
    }

    /// <summary>Answers may be cached only while <paramref name="cacheable"/> says so (default: always).</summary>
    public BackendRegistration CacheableWhen(Func<IServiceProvider, bool> cacheable)
    {
        Descriptor.Cacheable = cacheable;
        return this;
    }

    /// <summary>Marks a backend whose output is not real: "auto" takes it only when nothing else can serve, and says so loudly.</summary>
    public BackendRegistration AsFake()
    {
        Descriptor.IsFake = true;
        return this;
    }
}
