using System.Diagnostics;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Backends.Metering;

namespace NewsLingo.Core.Summarization.Metering;

/// <summary>The summarizer counterpart of <see cref="Translation.Metering.MeteredTranslator"/>.</summary>
public sealed class MeteredSummarizer(ISummarizer inner, NewsLingoMetrics metrics) : DelegatingSummarizer(inner)
{
    public override async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        using var activity = NewsLingoMetrics.ActivitySource.StartActivity($"summarize {Name}", ActivityKind.Client);
        activity?.SetTag("newslingo.backend", Name);
        activity?.SetTag("newslingo.sentences", request.Sentences.Count);
        return await MeteredCall.RunAsync(
            metrics,
            Name,
            "summarizer",
            activity,
            token => InnerSummarizer.SummarizeAsync(request, token),
            static result => result.Report,
            cancellationToken).ConfigureAwait(false);
    }
}
