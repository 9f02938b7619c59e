using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Backends;
using NewsLingo.Core.Backends.Resilience;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Summarization.Caching;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Translation.Routing;
using NewsLingo.Server.Caching;

namespace NewsLingo.Server.Resilience;

/// <summary>
/// Hands the server's resilience settings and caches to <see cref="BackendStacks"/>, the one place
/// every backend stack is built; what the pipeline sees is one router of translators, the enabled
/// summarizers and one language detector.
/// </summary>
public static class BackendCompositionExtensions
{
    public static WebApplicationBuilder AddNewsLingoBackendComposition(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BackendResilienceOptions>().BindConfiguration(BackendResilienceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<NewsLingoMetrics>();
        services.TryAddSingleton<BackendResiliencePipelines>();
        services.AddSingleton(sp =>
        {
            var caching = sp.GetService<IOptions<CacheOptions>>()?.Value.Enabled ?? false;
            return new BackendStacks(
                sp,
                sp.GetRequiredService<BackendCatalog>(),
                sp.GetRequiredService<SelectedBackends>(),
                sp.GetRequiredService<BackendResiliencePipelines>(),
                sp.GetRequiredService<NewsLingoMetrics>(),
                sp.GetRequiredService<Core.Facts.FactChecker>(),
                caching ? sp.GetRequiredService<ITranslationCache>() : null,
                caching ? sp.GetRequiredService<ISummaryCache>() : null);
        });
        services.AddSingleton(sp => sp.GetRequiredService<BackendStacks>().Translators());
        services.AddSingleton(sp => sp.GetRequiredService<TranslatorRouter>().Translators.Default);
        services.AddSingleton(sp => sp.GetRequiredService<BackendStacks>().Summarizers());
        services.AddSingleton(sp => sp.GetRequiredService<EnabledBackends<ISummarizer>>().Default);
        services.AddSingleton(sp => sp.GetRequiredService<BackendStacks>().LanguageDetector());
        return builder;
    }
}
