namespace NewsLingo.Core.Translation.Resilience;

/// <summary>One backend's calls through its resilience pipeline: timeout, retries, circuit (<see cref="BackendResiliencePipelines"/>).</summary>
public sealed class ResilientTranslator(ITranslator inner, BackendResiliencePipelines pipelines) : DelegatingTranslator(inner)
{
    public override Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(Name, DefaultTimeout, static (s, token) => s.InnerTranslator.TranslateAsync(s.batch, token), (InnerTranslator, batch), cancellationToken);
}
