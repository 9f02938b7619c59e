using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Offline;

/// <summary>Registers the offline translator, summarizer and language detector as keyed singletons.</summary>
public static class OfflineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ApertiumTranslator"/> as the keyed <see cref="ITranslator"/> "apertium" and its
    /// probe for "auto" selection. When <paramref name="selected"/> (configured by name), its options are
    /// validated at start-up (the modes directory must hold a pair); when <paramref name="warmUp"/>, a
    /// pipeline of every installed mode starts with the host, provided Apertium can run here.
    /// </summary>
    public static IServiceCollection AddApertiumTranslator(this IServiceCollection services, bool selected = true, bool warmUp = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ApertiumOptions>().BindConfiguration(ApertiumOptions.SectionName).ValidateDataAnnotations();
        if (selected)
        {
            options.ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApertiumOptions>, ApertiumOptionsValidator>());
        }

        services.TryAddKeyedSingleton<ITranslator, ApertiumTranslator>(ApertiumTranslator.BackendName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOfflineEngineProbe, ApertiumProbe>());
        if (warmUp)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ApertiumWarmUpService>());
        }

        return services;
    }

    /// <summary>Registers <see cref="ExtractiveSummarizer"/> as the keyed <see cref="ISummarizer"/> "extractive".</summary>
    public static IServiceCollection AddExtractiveSummarizer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddKeyedSingleton<ISummarizer, ExtractiveSummarizer>(ExtractiveSummarizer.BackendName);
        return services;
    }

    /// <summary>
    /// Registers <see cref="LinguaLanguageDetector"/> as the keyed <see cref="ILanguageDetector"/> "lingua",
    /// binds and validates <see cref="LanguageDetectionOptions"/> at start-up and, when it is
    /// <paramref name="selected"/>, loads the models then (about 500 MB for eight languages: a host
    /// that does not use Lingua must not pay for it).
    /// </summary>
    public static IServiceCollection AddLinguaLanguageDetector(this IServiceCollection services, bool selected = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LanguageDetectionOptions>()
            .BindConfiguration(LanguageDetectionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LanguageDetectionOptions>, LanguageDetectionOptionsValidator>());
        services.TryAddKeyedSingleton<ILanguageDetector, LinguaLanguageDetector>(LinguaLanguageDetector.BackendName);
        if (selected)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LinguaWarmUpService>());
        }

        return services;
    }
}
