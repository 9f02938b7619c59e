using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Summarization.Caching;
using NewsLingo.Core.Summarization.Resilience;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Server.Caching;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Observability;

namespace NewsLingo.Server.Resilience;

/// <summary>
/// Wraps the selected backends: each backend of a chain is metered, then cached (when the cache is
/// on), and the chain (primary, then the configured fallbacks) runs behind per-backend timeouts,
/// retries and circuit breakers. What the pipeline sees is one ITranslator and one ISummarizer.
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

        // Read the registered backends when first needed, not now: backends registered after this
        // point (a later extension, or a test's ConfigureTestServices) must count as registered.
        services.AddSingleton(_ => BackendCatalog.From(services));

        services.AddSingleton(ComposeTranslator);
        services.AddSingleton(ComposeSummarizer);
        return builder;
    }

    private static ITranslator ComposeTranslator(IServiceProvider services)
    {
        var selected = services.GetRequiredService<SelectedBackends>();
        var metrics = services.GetRequiredService<NewsLingoMetrics>();
        var cache = CacheEnabled(services) ? services.GetRequiredService<ITranslationCache>() : null;
        var chain = new[] { selected.Translator }.Concat(selected.TranslatorFallbacks)
            .Select(name =>
            {
                ITranslator backend = new MeteredTranslator(services.GetRequiredKeyedService<ITranslator>(name), metrics);
                return cache is null ? backend : new CachingTranslator(backend, cache);
            })
            .ToList();
        return new FallbackTranslator(chain, services.GetRequiredService<BackendResiliencePipelines>(), metrics);
    }

    private static ISummarizer ComposeSummarizer(IServiceProvider services)
    {
        var selected = services.GetRequiredService<SelectedBackends>();
        var metrics = services.GetRequiredService<NewsLingoMetrics>();
        var cache = CacheEnabled(services) ? services.GetRequiredService<ISummaryCache>() : null;
        var chain = new[] { selected.Summarizer }.Concat(selected.SummarizerFallbacks)
            .Select(name =>
            {
                ISummarizer backend = new MeteredSummarizer(services.GetRequiredKeyedService<ISummarizer>(name), metrics);
                return cache is null ? backend : new CachingSummarizer(backend, cache);
            })
            .ToList();
        return new FallbackSummarizer(chain, services.GetRequiredService<BackendResiliencePipelines>(), metrics);
    }

    private static bool CacheEnabled(IServiceProvider services) =>
        services.GetService<IOptions<CacheOptions>>()?.Value.Enabled ?? false;
}
