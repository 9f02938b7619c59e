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
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await inner.TranslateAsync(batch, cancellationToken).ConfigureAwait(false);
            outcome = "ok";
            metrics.RecordBilled(inner.Name, result.Usage.Characters, result.Usage.InputTokens, result.Usage.OutputTokens);
            return result;
        }
        catch (Exception exception)
        {
            outcome = BackendOutcome.Of(exception, cancellationToken);
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            metrics.RecordBackendCall(inner.Name, "translator", outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
