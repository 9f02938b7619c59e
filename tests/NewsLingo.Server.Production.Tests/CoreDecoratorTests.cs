using NewsLingo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Server.Production.Tests;

/// <summary>The Core decorators on their own, without a host.</summary>
public sealed class CoreDecoratorTests
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag Spanish = LanguageTag.Parse("es");

    private static TranslationBatch Batch(params string[] segments) => new(segments, French, Spanish);

    private static (FallbackTranslator Chain, ServiceProvider Services) Chain(BackendResilienceOptions options, params ITranslator[] translators)
    {
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new NewsLingoMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var pipelines = new BackendResiliencePipelines(Options.Create(options), metrics, NullLogger<BackendResiliencePipelines>.Instance);
        var members = translators.Select(ITranslator (t) => new ResilientTranslator(t, pipelines)).ToList();
        return (new FallbackTranslator(members, metrics), services);
    }

    [Fact]
    public async Task The_caching_translator_sends_only_the_misses_and_keeps_the_order()
    {
        var inner = new ScriptedTranslator("fake");
        var cache = new DictionaryTranslationCache();
        var caching = new CachingTranslator(inner, cache);
        await caching.TranslateAsync(Batch("Un.", "Trois."), CancellationToken.None);

        var result = await caching.TranslateAsync(Batch("Un.", "Deux.", "Trois."), CancellationToken.None);

        Assert.Equal(["[es] Un.", "[es] Deux.", "[es] Trois."], result.Segments.Select(s => s.Text));
        Assert.Equal(2, result.Report.CacheHits);
        Assert.Equal("Deux.".Length, result.Billed().Characters);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task The_caching_translator_makes_no_call_when_every_segment_hits()
    {
        var inner = new ScriptedTranslator("fake");
        var caching = new CachingTranslator(inner, new DictionaryTranslationCache());
        await caching.TranslateAsync(Batch("Un.", "Deux."), CancellationToken.None);

        var result = await caching.TranslateAsync(Batch("Deux.", "Un."), CancellationToken.None);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(2, result.Report.CacheHits);
        Assert.Equal(0, result.Billed().Requests);
        Assert.Equal(["[es] Deux.", "[es] Un."], result.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Cache_keys_differ_by_backend_direction_and_formality_and_shared_keys_hold_no_text()
    {
        const string text = "Le secret du conseil municipal.";
        var key = SegmentCacheKey.For("azure", Batch(text), text);
        SegmentCacheKey[] others =
        [
            SegmentCacheKey.For("apertium", Batch(text), text),
            SegmentCacheKey.For("azure", new TranslationBatch([text], French, LanguageTag.Parse("en")), text),
            SegmentCacheKey.For("azure", Batch(text) with { Formality = Formality.Formal }, text),
            SegmentCacheKey.For("azure", Batch(text) with { Format = TextFormat.Html }, text),
            SegmentCacheKey.For("azure", Batch(text), text + " "),
        ];

        Assert.DoesNotContain("secret", key.DistributedKey, StringComparison.Ordinal);
        Assert.StartsWith("newslingo:t:", key.DistributedKey, StringComparison.Ordinal);
        Assert.All(others, other =>
        {
            Assert.NotEqual(key, other);
            Assert.NotEqual(key.DistributedKey, other.DistributedKey);
        });

        // The rest of the batch does not matter, and equal inputs give equal keys in both forms.
        var same = SegmentCacheKey.For("azure", Batch(text, "autre"), text);
        Assert.Equal(key, same);
        Assert.Equal(key.GetHashCode(), same.GetHashCode());
        Assert.Equal(key.DistributedKey, same.DistributedKey);
    }

    [Fact]
    public async Task A_rejected_input_is_not_fallen_back_on()
    {
        var primary = new ScriptedTranslator("primary", new BackendException("primary", BackendFailure.InputRejected, "too long."));
        var fallback = new ScriptedTranslator("fallback");
        var (chain, services) = Chain(new BackendResilienceOptions(), primary, fallback);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<BackendException>(() => chain.TranslateAsync(Batch("Texte."), CancellationToken.None));

        Assert.Equal(BackendFailure.InputRejected, error.Failure);
        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_fallen_back_on()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var primary = new ScriptedTranslator("primary") { FailAlways = true };
        var fallback = new ScriptedTranslator("fallback");
        var (chain, services) = Chain(new BackendResilienceOptions(), primary, fallback);
        await using var _ = services;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chain.TranslateAsync(Batch("Texte."), cancelled.Token));

        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public async Task A_backend_slower_than_its_timeout_counts_as_failed_and_the_fallback_serves()
    {
        var slow = new SlowTranslator("slow");
        var fallback = new ScriptedTranslator("fallback");
        var options = new BackendResilienceOptions { MaxRetries = 0, Timeouts = { ["slow"] = TimeSpan.FromMilliseconds(50) } };
        var (chain, services) = Chain(options, slow, fallback);
        await using var _ = services;

        var result = await chain.TranslateAsync(Batch("Texte."), CancellationToken.None);

        Assert.Equal("[es] Texte.", result.Segments[0].Text);
        Assert.StartsWith("slow failed (BACKEND_TIMEOUT: ", Assert.Single(result.Report.Fallbacks).Describe(), StringComparison.Ordinal);
        Assert.True(slow.WasCancelled);
    }

    [Fact]
    public async Task A_fallbacks_answer_is_served_but_not_cached_under_the_primarys_name()
    {
        var primary = new ScriptedTranslator("primary", new BackendException("primary", BackendFailure.Unavailable, "down."));
        var fallback = new ScriptedTranslator("fallback");
        var (chain, services) = Chain(new BackendResilienceOptions { MaxRetries = 0 }, primary, fallback);
        await using var _ = services;
        var caching = new CachingTranslator(chain, new DictionaryTranslationCache());

        var whilePrimaryDown = await caching.TranslateAsync(Batch("Texte."), CancellationToken.None);
        var oncePrimaryBack = await caching.TranslateAsync(Batch("Texte."), CancellationToken.None);
        var again = await caching.TranslateAsync(Batch("Texte."), CancellationToken.None);

        Assert.NotEmpty(whilePrimaryDown.Report.Fallbacks);
        Assert.Equal(0, oncePrimaryBack.Report.CacheHits);
        Assert.Equal(1, again.Report.CacheHits);
        Assert.Equal((2, 1), (primary.Calls, fallback.Calls));
    }

    /// <summary>Never answers on its own: only the timeout's cancellation ends its call.</summary>
    private sealed class SlowTranslator(string name) : ITranslator
    {
        public string Name => name;

        public bool WasCancelled { get; private set; }

        public BackendLimits Limits => BackendLimits.Unbounded;

        public bool SupportsHtml => true;

        public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new LanguageDirection(French, Spanish)]);

        public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                WasCancelled = true;
                throw;
            }

            throw new InvalidOperationException("unreachable");
        }
    }
}
