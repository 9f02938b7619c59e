using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Backends.Offline;

/// <summary>Registers the offline summarizer and language detector as keyed singletons.</summary>
public static class OfflineServiceCollectionExtensions
{
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
