using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Backends.Resilience;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Languages.Metering;
using NewsLingo.Core.Languages.Resilience;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Summarization.Caching;
using NewsLingo.Core.Summarization.Metering;
using NewsLingo.Core.Summarization.Resilience;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Translation.Metering;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Translation.Routing;

namespace NewsLingo.Core.Backends;

/// <summary>
/// The one place every backend stack is built, the same way for translators, summarizers and
/// detectors (<see cref="BackendBuilder{TBackend}"/>, as Microsoft.Extensions.AI's ChatClientBuilder):
/// cache (identical calls in flight made once) → fallback chain → per backend: resilience (retries,
/// circuit, timeout: their only owner; whatever an adapter throws is its failure) → metering → adapter.
/// The cache sits in front of the whole chain, so a hit costs a look-up and nothing of the resilience
/// machinery, and only what the primary served is kept; metering sits under the retries, so every
/// attempt a vendor bills is counted. Each enabled backend is its own stack, keyed by its name.
/// </summary>
/// <param name="services">Where the adapters are registered, keyed by backend name.</param>
/// <param name="catalog">The backends' descriptors (default timeouts, whether answers may be cached).</param>
/// <param name="selected">What the deployment enables, with each stack's fallbacks.</param>
/// <param name="pipelines">The resilience pipelines, one per backend.</param>
/// <param name="metrics">Where calls and fallbacks are counted.</param>
/// <param name="facts">Checks each translation's figures, so a fallback can redo what the first backend changed; null: no check.</param>
/// <param name="translationCache">The translation cache, or null when caching is off.</param>
/// <param name="summaryCache">The summary cache, or null when caching is off.</param>
public sealed class BackendStacks(
    IServiceProvider services,
    BackendCatalog catalog,
    SelectedBackends selected,
    BackendResiliencePipelines pipelines,
    NewsLingoMetrics metrics,
    FactChecker? facts = null,
    ITranslationCache? translationCache = null,
    ISummaryCache? summaryCache = null)
{
    /// <summary>Every enabled translator's stack and the routes, each route with fallbacks of its own a stack of its own over the same adapters.</summary>
    public TranslatorRouter Translators()
    {
        var byName = selected.Translators.ToDictionary(name => name, name => Translator(name, selected.FallbacksOf(BackendCapabilities.Translate, name)), StringComparer.OrdinalIgnoreCase);
        var routes = selected.Routes
            .Select(route => (route, route.Fallbacks.Count > 0 ? Translator(route.Translator, route.Fallbacks) : byName[route.Translator]))
            .ToList();
        return new TranslatorRouter(selected.Translator, byName, routes);
    }

    /// <summary>Every enabled summarizer's stack, the default among them.</summary>
    public EnabledBackends<ISummarizer> Summarizers() => new(
        SummaryWriter.Kind,
        selected.Summarizer,
        selected.Summarizers.ToDictionary(name => name, name => Build(SummarizerLayers, name, selected.FallbacksOf(BackendCapabilities.Summarize, name)), StringComparer.OrdinalIgnoreCase));

    /// <summary>The detector's stack.</summary>
    public ILanguageDetector LanguageDetector() => Build(DetectorLayers, selected.LanguageDetector, selected.LanguageDetectorFallbacks);

    private ITranslator Translator(string primary, IReadOnlyList<string> fallbacks) => Build(TranslatorLayers, primary, fallbacks);

    private Layers<ITranslator> TranslatorLayers => new(
        (adapter, timeout) => new ResilientTranslator(adapter, pipelines, timeout),
        adapter => new MeteredTranslator(adapter, metrics),
        chain => new FallbackTranslator(chain, metrics, facts),
        translationCache is null ? null : stack => new CachingTranslator(stack, translationCache));

    private Layers<ISummarizer> SummarizerLayers => new(
        (adapter, timeout) => new ResilientSummarizer(adapter, pipelines, timeout),
        adapter => new MeteredSummarizer(adapter, metrics),
        chain => new FallbackSummarizer(chain, metrics),
        summaryCache is null ? null : stack => new CachingSummarizer(stack, summaryCache));

    // Detection is not cached: a detector answers faster than a cache key of the text is made.
    private Layers<ILanguageDetector> DetectorLayers => new(
        (adapter, timeout) => new ResilientLanguageDetector(adapter, pipelines, timeout),
        adapter => new MeteredLanguageDetector(adapter, metrics),
        chain => new FallbackLanguageDetector(chain, metrics),
        Cache: null);

    private TBackend Build<TBackend>(Layers<TBackend> layers, string primary, IReadOnlyList<string> fallbacks)
        where TBackend : class
    {
        var members = new List<TBackend>(1 + fallbacks.Count);
        foreach (var name in fallbacks.Prepend(primary))
        {
            var timeout = catalog.Describe(name)?.DefaultTimeout?.Invoke(services);
            members.Add(new BackendBuilder<TBackend>(services.GetRequiredKeyedService<TBackend>(name))
                .Use(adapter => layers.Resilience(adapter, timeout))
                .Use(layers.Metering)
                .Build());
        }

        // A chain of one is the backend itself: no fallback layer to cross on every call.
        var stack = new BackendBuilder<TBackend>(members.Count == 1 ? members[0] : layers.Fallback(members));
        if (layers.Cache is { } cache && (catalog.Describe(primary)?.Cacheable?.Invoke(services) ?? true))
        {
            stack.Use(cache);
        }

        return stack.Build();
    }

    /// <summary>One capability's layers, each made the same way for every backend of it.</summary>
    private sealed record Layers<TBackend>(
        Func<TBackend, TimeSpan?, TBackend> Resilience,
        Func<TBackend, TBackend> Metering,
        Func<IReadOnlyList<TBackend>, TBackend> Fallback,
        Func<TBackend, TBackend>? Cache);
}
