using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Resilience;

/// <summary>
/// A chain of translators, preferred first: each call runs through its backend's resilience
/// pipeline (timeout, retries, circuit breaker) and, when the backend still fails transiently,
/// the next one in the chain serves and the result says why in <see cref="TranslationBatchResult.Fallbacks"/>
/// ("azure failed (BACKEND_UNAVAILABLE: …); apertium served"). Non-transient failures and the
/// caller's cancellation are not fallen back on.
/// </summary>
public sealed class FallbackTranslator : ITranslator
{
    private readonly IReadOnlyList<ITranslator> _chain;
    private readonly BackendResiliencePipelines _pipelines;
    private readonly NewsLingoMetrics _metrics;

    /// <summary>Each backend's pipeline, looked up once instead of in the registry on every call.</summary>
    private readonly Polly.ResiliencePipeline?[] _resolved;

    public FallbackTranslator(IReadOnlyList<ITranslator> chain, BackendResiliencePipelines pipelines, NewsLingoMetrics metrics)
    {
        ArgumentOutOfRangeException.ThrowIfZero(chain.Count);
        _chain = chain;
        _pipelines = pipelines;
        _metrics = metrics;
        _resolved = new Polly.ResiliencePipeline?[chain.Count];

        // Batches are packed once, before we know who serves them: they must fit every backend of the chain.
        Limits = new BackendLimits(
            chain.Min(t => t.Limits.MaxCharactersPerRequest),
            chain.Min(t => t.Limits.MaxSegmentsPerRequest),
            chain[0].Limits.MaxConcurrentRequests);
    }

    public string Name => _chain[0].Name;

    public BackendLimits Limits { get; }

    public bool SupportsHtml => _chain.All(t => t.SupportsHtml);

    /// <summary>The preferred backend's directions; a later one's only when every earlier one cannot answer.</summary>
    public async ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await _chain[i].GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (i < _chain.Count - 1 && BackendResiliencePipelines.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                // The next backend answers for the chain.
            }
        }
    }

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        List<string>? reasons = null;
        string? failed = null;
        for (var i = 0; i < _chain.Count; i++)
        {
            var translator = _chain[i];
            if (i > 0 && !await CoversAsync(translator, batch.Direction, cancellationToken).ConfigureAwait(false))
            {
                (reasons ??= []).Add($"{translator.Name} skipped (does not translate {batch.Direction})");
                continue;
            }

            try
            {
                var pipeline = _resolved[i] ??= _pipelines.For(translator.Name);
                var result = await pipeline.ExecuteAsync(
                    static (state, token) => new ValueTask<TranslationBatchResult>(state.translator.TranslateAsync(state.batch, token)),
                    (translator, batch),
                    cancellationToken).ConfigureAwait(false);
                if (failed is null)
                {
                    return result;
                }

                _metrics.RecordFallback(failed, translator.Name);
                var fallbacks = new List<string> { $"{string.Join("; ", reasons ?? [])}; {translator.Name} served" };
                fallbacks.AddRange(result.Fallbacks ?? []);
                return result with { Fallbacks = fallbacks };
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && BackendResiliencePipelines.IsTransient(exception))
            {
                var classified = _pipelines.Classify(translator.Name, exception);
                if (i == _chain.Count - 1)
                {
                    throw classified;
                }

                failed ??= translator.Name;
                (reasons ??= []).Add($"{translator.Name} failed ({classified.Reason}: {classified.Message})");
            }
        }

        throw new BackendException(Name, BackendFailure.Unavailable, $"no backend of the chain could serve: {string.Join("; ", reasons ?? [])}.");
    }

    private static async ValueTask<bool> CoversAsync(ITranslator translator, LanguageDirection direction, CancellationToken cancellationToken)
    {
        try
        {
            var supported = await translator.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            return supported.Any(d => d.Source.Language == direction.Source.Language && d.Target.Language == direction.Target.Language);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && BackendResiliencePipelines.IsTransient(exception))
        {
            return false;
        }
    }
}
