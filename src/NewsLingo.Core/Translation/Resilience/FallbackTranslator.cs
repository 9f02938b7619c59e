using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Resilience;

/// <summary>
/// Translators preferred first (<see cref="FallbackChain{TBackend}"/>): when one fails by its own
/// fault the next that translates the direction serves, its segments name it, and the report says
/// why ("azure failed (BACKEND_UNAVAILABLE: …); apertium served").
/// </summary>
public sealed class FallbackTranslator : DelegatingTranslator
{
    private readonly FallbackChain<ITranslator> _chain;

    public FallbackTranslator(IReadOnlyList<ITranslator> chain, NewsLingoMetrics metrics)
        : base(chain[0])
    {
        _chain = new FallbackChain<ITranslator>(chain, static t => t.Name, metrics);

        // Batches are packed once, before we know who serves them: they must fit every backend of the chain.
        Limits = new BackendLimits(
            chain.Min(t => t.Limits.MaxCharactersPerRequest),
            chain.Min(t => t.Limits.MaxSegmentsPerRequest),
            chain[0].Limits.MaxConcurrentRequests);
    }

    public override BackendLimits Limits { get; }

    public override bool SupportsHtml => _chain.Backends.All(t => t.SupportsHtml);

    /// <summary>The preferred backend's directions; a later one's only when every earlier one cannot answer.</summary>
    public override async ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await _chain.Backends[i].GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.BackendException failure) when (failure.IsBackendFault && i < _chain.Backends.Count - 1 && !cancellationToken.IsCancellationRequested)
            {
                // The next backend answers for the chain.
            }
        }
    }

    public override async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var (result, served, fallback) = await _chain.RunAsync(
            (translator, token) => WhyNotAsync(translator, batch.Direction, token),
            (translator, token) => translator.TranslateAsync(batch, token),
            cancellationToken).ConfigureAwait(false);
        if (fallback is null)
        {
            return result;
        }

        var segments = result.Segments.Select(s => s.Backend is null ? s with { Backend = served.Name } : s).ToList();
        return new TranslationBatchResult(segments, result.Report with { Fallbacks = [fallback, .. result.Report.Fallbacks] });
    }

    private static async ValueTask<string?> WhyNotAsync(ITranslator translator, LanguageDirection direction, CancellationToken cancellationToken)
    {
        try
        {
            var supported = await translator.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            return supported.Any(d => d.Source.Language == direction.Source.Language && d.Target.Language == direction.Target.Language)
                ? null
                : $"does not translate {direction}";
        }
        catch (Errors.BackendException failure) when (failure.IsBackendFault && !cancellationToken.IsCancellationRequested)
        {
            return $"its directions are unknown: {failure.Reason}";
        }
    }
}
