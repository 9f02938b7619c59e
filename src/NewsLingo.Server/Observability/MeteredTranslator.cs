using System.Diagnostics;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Server.Observability;

/// <summary>
/// Sits directly on a backend (under the cache and the fallback chain), so it sees exactly the
/// calls that reach a vendor: one span, one latency sample and the billed characters/tokens each.
/// </summary>
public sealed class MeteredTranslator(ITranslator inner, NewsLingoMetrics metrics) : ITranslator
{
    public string Name => inner.Name;

    public BackendLimits Limits => inner.Limits;

    public bool SupportsHtml => inner.SupportsHtml;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        inner.GetSupportedDirectionsAsync(cancellationToken);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        using var activity = NewsLingoMetrics.ActivitySource.StartActivity($"translate {inner.Name}", ActivityKind.Client);
        activity?.SetTag("newslingo.backend", inner.Name);
        activity?.SetTag("newslingo.direction", batch.Direction.ToString());
        activity?.SetTag("newslingo.segments", batch.Segments.Count);
        return await MeteredCall.RunAsync(
            metrics,
            inner.Name,
            "translator",
            activity,
            token => inner.TranslateAsync(batch, token),
            static result => result.Usage,
            cancellationToken).ConfigureAwait(false);
    }
}
