using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Backends;

namespace NewsLingo.Backends.Azure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure AI Translator as the backend "azure" (a translator and a language detector), with options
    /// bound from "NewsLingo:Azure:Translator". They are checked at start-up when the deployment enables azure,
    /// so a missing key stops the server before it serves; otherwise the server starts without Azure settings.
    /// </summary>
    public static IServiceCollection AddAzureTranslator(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => TextTranslationClientFactory.Create(sp.GetRequiredService<IOptions<AzureTranslatorOptions>>().Value));
        services.TryAddSingleton<AzureLanguageCatalog>();
        return services.AddNewsLingoBackend(configuration, AzureBackend.Name, backend => backend
            .WithOptions<AzureTranslatorOptions>(AzureTranslatorOptions.SectionName)
            .Translates<AzureTranslator>()
            .Detects<AzureLanguageDetector>()
            .WithDefaultTimeout(sp => sp.GetRequiredService<IOptions<AzureTranslatorOptions>>().Value.Timeout)
            .WithHealthProbe(ProbeAsync));
    }

    /// <summary>The language list: the one call that needs no text, and every translation and detection needs it answered.</summary>
    private static async Task<BackendHealth> ProbeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var languages = await services.GetRequiredService<AzureLanguageCatalog>().GetAsync(cancellationToken).ConfigureAwait(false);
        return languages.Languages.Count > 0
            ? BackendHealth.Healthy($"{languages.Languages.Count} languages")
            : BackendHealth.Unhealthy("Translator lists no language");
    }
}
