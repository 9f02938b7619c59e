using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Core.Backends;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Offline;

/// <summary>Registers the offline translator, summarizer and language detector, each the first choice of "auto" when it can run here.</summary>
public static class OfflineServiceCollectionExtensions
{
    /// <summary>"auto"'s rank for the offline engines: free, private, installed with the server.</summary>
    private const int OfflinePriority = 100;

    /// <summary>
    /// Registers <see cref="ApertiumTranslator"/> as the backend "apertium", first choice of "auto" when its tools
    /// and a pair are installed. When the deployment enables it, its options are checked at start-up (the modes
    /// directory must hold a pair) and a pipeline of every installed mode starts in the background.
    /// </summary>
    public static IServiceCollection AddApertiumTranslator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ApertiumProbe>();
        return services.AddNewsLingoBackend(configuration, ApertiumTranslator.BackendName, backend => backend
            .WithOptions<ApertiumOptions>(ApertiumOptions.SectionName)
            .ValidatedBy<ApertiumOptions, ApertiumOptionsValidator>()
            .Translates<ApertiumTranslator>()
            .ServesAuto(BackendCapabilities.Translate, OfflinePriority)
            .AvailableWhen(WhyApertiumIsUnavailable)
            .WithDefaultTimeout(sp => sp.GetRequiredService<IOptions<ApertiumOptions>>().Value.BatchTimeout)
            .WithWarmUp((sp, stopping) => sp.GetRequiredKeyedService<ITranslator>(ApertiumTranslator.BackendName) is ApertiumTranslator apertium
                ? apertium.WarmUpAsync(stopping)
                : Task.CompletedTask));
    }

    /// <summary>Registers <see cref="ExtractiveSummarizer"/> as the backend "extractive", "auto"'s summarizer.</summary>
    public static IServiceCollection AddExtractiveSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddNewsLingoBackend(configuration, ExtractiveSummarizer.BackendName, backend => backend
            .Summarizes<ExtractiveSummarizer>()
            .ServesAuto(BackendCapabilities.Summarize, OfflinePriority));
    }

    /// <summary>
    /// Registers <see cref="LinguaLanguageDetector"/> as the backend "lingua", "auto"'s detector, with
    /// <see cref="LanguageDetectionOptions"/>. When the deployment enables it, its options are checked and its
    /// models loaded at start-up (about 500 MB for eight languages: a host that does not use Lingua does not pay for it).
    /// </summary>
    public static IServiceCollection AddLinguaLanguageDetector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddNewsLingoBackend(configuration, LinguaLanguageDetector.BackendName, backend => backend
            .WithOptions<LanguageDetectionOptions>(LanguageDetectionOptions.SectionName)
            .ValidatedBy<LanguageDetectionOptions, LanguageDetectionOptionsValidator>()
            .Detects<LinguaLanguageDetector>()
            .ServesAuto(BackendCapabilities.Detect, OfflinePriority)
            .WithWarmUp((sp, cancellationToken) => ActivatorUtilities.CreateInstance<LinguaWarmUpService>(sp).StartAsync(cancellationToken), beforeServing: true));
    }

    private static string? WhyApertiumIsUnavailable(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<ApertiumProbe>().WhyUnavailable();
        }
        catch (OptionsValidationException invalid)
        {
            // The settings themselves say why (no modes directory): "auto" reports it and takes the next backend.
            return invalid.Message;
        }
    }
}
