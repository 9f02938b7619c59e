using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Fakes;
using NewsLingo.Core.Backends;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Summarization.Caching;
using NewsLingo.Core.Summarization.Resilience;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Translation.Routing;
using NewsLingo.Server.Caching;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Observability;

namespace NewsLingo.Server.Resilience;

/// <summary>
/// The one place each capability's stack is built, the same way for translators and summarizers:
/// cache (with identical calls in flight made once) → fallback chain → per backend: resilience
/// (retries, circuit, timeout: their only owner) → metering → adapter. The cache sits in front of
/// the whole chain, so a hit costs a look-up and nothing of the resilience machinery, and only
/// what the primary served is kept; metering sits under the retries, so every attempt a vendor
/// bills is counted. What the pipeline sees is one ITranslator and one ISummarizer.
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

        services.AddSingleton(sp =>
        {
            var selected = sp.GetRequiredService<SelectedBackends>();
            var metrics = sp.GetRequiredService<NewsLingoMetrics>();
            var pipelines = sp.GetRequiredService<BackendResiliencePipelines>();
            var facts = sp.GetRequiredService<Core.Facts.FactChecker>();
            ITranslator Stack(string primary, IReadOnlyList<string> fallbacks) => Compose<ITranslator>(
                sp,
                primary,
                fallbacks,
                adapter => new BackendBuilder<ITranslator>(adapter).Use(t => new ResilientTranslator(t, pipelines)).Use(t => new MeteredTranslator(t, metrics)).Build(),
                chain => new FallbackTranslator(chain, metrics, facts),
                CacheEnabled(sp, primary) ? t => new CachingTranslator(t, sp.GetRequiredService<ITranslationCache>()) : null);

            // Each enabled translator is its own stack (its name keys its cache entries and circuit);
            // a route with fallbacks of its own gets a stack of its own over the same adapters.
            var byName = selected.Translators.ToDictionary(name => name, name => Stack(name, Fallbacks(name, selected.TranslatorFallbacks)), StringComparer.OrdinalIgnoreCase);
            var routes = selected.Routes
                .Select(route => (route, route.Fallbacks.Count > 0 ? Stack(route.Translator, route.Fallbacks) : byName[route.Translator]))
                .ToList();
            return new TranslatorRouter(selected.Translator, byName, routes);
        });
        services.AddSingleton(sp => sp.GetRequiredService<TranslatorRouter>().Translators.Default);
        services.AddSingleton(sp =>
        {
            var selected = sp.GetRequiredService<SelectedBackends>();
            var metrics = sp.GetRequiredService<NewsLingoMetrics>();
            var pipelines = sp.GetRequiredService<BackendResiliencePipelines>();
            var byName = selected.Summarizers.ToDictionary(
                name => name,
                name => Compose<ISummarizer>(
                    sp,
                    name,
                    Fallbacks(name, selected.SummarizerFallbacks),
                    adapter => new BackendBuilder<ISummarizer>(adapter).Use(s => new ResilientSummarizer(s, pipelines)).Use(s => new MeteredSummarizer(s, metrics)).Build(),
                    chain => new FallbackSummarizer(chain, metrics),
                    CacheEnabled(sp, name) ? s => new CachingSummarizer(s, sp.GetRequiredService<ISummaryCache>()) : null),
                StringComparer.OrdinalIgnoreCase);
            return new EnabledBackends<ISummarizer>(SummaryWriter.Kind, selected.Summarizer, byName);
        });
        services.AddSingleton(sp => sp.GetRequiredService<EnabledBackends<ISummarizer>>().Default);
        return builder;
    }

    /// <summary>The deployment's fallbacks for one enabled backend: all of them but itself.</summary>
    private static IReadOnlyList<string> Fallbacks(string primary, IReadOnlyList<string> configured) =>
        [.. configured.Where(f => !string.Equals(f, primary, StringComparison.OrdinalIgnoreCase))];

    private static TBackend Compose<TBackend>(
        IServiceProvider services,
        string primary,
        IReadOnlyList<string> fallbacks,
        Func<TBackend, TBackend> member,
        Func<IReadOnlyList<TBackend>, TBackend> chain,
        Func<TBackend, TBackend>? cache)
        where TBackend : class
    {
        var members = new[] { primary }.Concat(fallbacks).Select(name => member(services.GetRequiredKeyedService<TBackend>(name))).ToList();
        var stack = new BackendBuilder<TBackend>(chain(members));
        if (cache is not null)
        {
            stack.Use(cache);
        }

        return stack.Build();
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
