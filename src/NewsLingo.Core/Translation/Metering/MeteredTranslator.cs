using System.Diagnostics;
using NewsLingo.Core.Backends.Metering;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Core.Translation.Metering;

/// <summary>
/// Sits directly on a backend (under its resilience pipeline), so it sees exactly the calls that
/// reach a vendor, each attempt included: one span, one latency sample and the billed characters/tokens each.
/// </summary>
public sealed class MeteredTranslator(ITranslator inner, NewsLingoMetrics metrics) : DelegatingTranslator(inner)
{
    public override async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        using var activity = NewsLingoMetrics.ActivitySource.StartActivity($"translate {Name}", ActivityKind.Client);
        activity?.SetTag("newslingo.backend", Name);
        activity?.SetTag("newslingo.direction", batch.Direction.ToString());
        activity?.SetTag("newslingo.segments", batch.Segments.Count);
        return await MeteredCall.RunAsync(
            metrics,
            Name,
            "translator",
            activity,
            token => InnerTranslator.TranslateAsync(batch, token),
            static result => result.Report,
            cancellationToken).ConfigureAwait(false);
    }
}
