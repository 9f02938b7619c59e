using NewsLingo.Core.Backends.Resilience;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Resilience;

/// <summary>
/// One backend's calls through its resilience pipeline: timeout, retries, circuit (<see cref="BackendResiliencePipelines"/>).
/// Its directions are asked outside the pipeline (every request asks them; adapters keep them), but whatever
/// the adapter throws there is its failure too.
/// </summary>
/// <param name="inner">The adapter (metered).</param>
/// <param name="pipelines">The resilience pipelines of every backend.</param>
/// <param name="declaredTimeout">The backend's own default timeout, from its descriptor.</param>
public sealed class ResilientTranslator(ITranslator inner, BackendResiliencePipelines pipelines, TimeSpan? declaredTimeout = null) : DelegatingTranslator(inner)
{
    public override Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(Name, declaredTimeout, static (s, token) => s.InnerTranslator.TranslateAsync(s.batch, token), (InnerTranslator, batch), cancellationToken);

    public override ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        ValueTask<IReadOnlyCollection<LanguageDirection>> directions;
        try
        {
            directions = InnerTranslator.GetSupportedDirectionsAsync(cancellationToken);
        }
        catch (Exception exception) when (UnexpectedFailures.IsUnexpected(exception, cancellationToken))
        {
            throw UnexpectedFailures.Classify(Name, exception);
        }

        return directions.IsCompletedSuccessfully ? directions : AwaitDirectionsAsync(directions, cancellationToken);
    }

    private async ValueTask<IReadOnlyCollection<LanguageDirection>> AwaitDirectionsAsync(ValueTask<IReadOnlyCollection<LanguageDirection>> directions, CancellationToken cancellationToken)
    {
        try
        {
            return await directions.ConfigureAwait(false);
        }
        catch (Exception exception) when (UnexpectedFailures.IsUnexpected(exception, cancellationToken))
        {
            throw UnexpectedFailures.Classify(Name, exception);
        }
    }
}
