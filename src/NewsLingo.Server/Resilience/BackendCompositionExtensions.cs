using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Fakes;
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
/// Wraps the selected backends: each backend of a chain is metered; the chain (primary, then the
/// configured fallbacks) runs behind per-backend timeouts, retries and circuit breakers; the cache
/// sits in front of the whole chain, so a hit costs a look-up and nothing of the resilience
/// machinery, and only what the primary served is kept. What the pipeline sees is one ITranslator
/// and one ISummarizer.
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
        var cache = CacheEnabled(services, selected.Translator) ? services.GetRequiredService<ITranslationCache>() : null;
        var chain = new[] { selected.Translator }.Concat(selected.TranslatorFallbacks)
            .Select(ITranslator (name) => new MeteredTranslator(services.GetRequiredKeyedService<ITranslator>(name), metrics))
            .ToList();
        var resilient = new FallbackTranslator(chain, services.GetRequiredService<BackendResiliencePipelines>(), metrics);
        return cache is null ? resilient : new CachingTranslator(resilient, cache);
    }

    private static ISummarizer ComposeSummarizer(IServiceProvider services)
    {
        var selected = services.GetRequiredService<SelectedBackends>();
        var metrics = services.GetRequiredService<NewsLingoMetrics>();
        var cache = CacheEnabled(services, selected.Summarizer) ? services.GetRequiredService<ISummaryCache>() : null;
        var chain = new[] { selected.Summarizer }.Concat(selected.SummarizerFallbacks)
            .Select(ISummarizer (name) => new MeteredSummarizer(services.GetRequiredKeyedService<ISummarizer>(name), metrics))
            .ToList();
        var resilient = new FallbackSummarizer(chain, services.GetRequiredService<BackendResiliencePipelines>(), metrics);
        return cache is null ? resilient : new CachingSummarizer(resilient, cache);
    }

    /// <summary>
    /// On when configured, except for the fakes while they inject latency or failures: callers' CI repeats
    /// identical requests and must meet the configured delay and failure share on every one of them.
    /// </summary>
    private static bool CacheEnabled(IServiceProvider services, string backend)
    {
        if (!(services.GetService<IOptions<CacheOptions>>()?.Value.Enabled ?? false))
        {
            return false;
        }

        var faults = services.GetService<IOptions<FakeBackendOptions>>()?.Value;
        return !(backend == BackendNames.Fake && faults is not null && (faults.Latency > TimeSpan.Zero || faults.FailureRate > 0));
    }
}
