using System.Diagnostics;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Server.Observability;

/// <summary>The summarizer counterpart of <see cref="MeteredTranslator"/>.</summary>
public sealed class MeteredSummarizer(ISummarizer inner, NewsLingoMetrics metrics) : ISummarizer
{
    public string Name => inner.Name;

    public bool CanWriteIn(LanguageTag target) => inner.CanWriteIn(target);

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        using var activity = NewsLingoMetrics.ActivitySource.StartActivity($"summarize {inner.Name}", ActivityKind.Client);
        activity?.SetTag("newslingo.backend", inner.Name);
        activity?.SetTag("newslingo.sentences", request.Sentences.Count);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await inner.SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
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
            metrics.RecordBackendCall(inner.Name, "summarizer", outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
