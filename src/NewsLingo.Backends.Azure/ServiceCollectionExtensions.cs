using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Client;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure AI Translator as keyed <see cref="ITranslator"/> "azure" and keyed
    /// <see cref="ILanguageDetector"/> "azure", with options bound from "NewsLingo:Azure:Translator".
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="selected">
    /// True when configuration uses the azure backend (as translator, detector or in a fallback chain):
    /// its options are then validated at start-up, so a missing key stops the server before it serves.
    /// When false the backend stays registered but unvalidated until something resolves it (it then fails
    /// with the same message), so a server without Azure configured still starts.
    /// </param>
    public static IServiceCollection AddAzureTranslator(this IServiceCollection services, bool selected = true)
    {
        var options = services.AddOptions<AzureTranslatorOptions>()
            .BindConfiguration(AzureTranslatorOptions.SectionName)
            .ValidateDataAnnotations();
        if (selected)
        {
            options.ValidateOnStart();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => TextTranslationClientFactory.Create(sp.GetRequiredService<IOptions<AzureTranslatorOptions>>().Value));
        services.TryAddSingleton<AzureLanguageCatalog>();
        services.AddKeyedSingleton<ITranslator, AzureTranslator>(AzureFailures.BackendName);
        services.AddKeyedSingleton<ILanguageDetector, AzureLanguageDetector>(AzureFailures.BackendName);
        return services;
    }
}
