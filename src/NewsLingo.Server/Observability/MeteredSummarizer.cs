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
        return await MeteredCall.RunAsync(
            metrics,
            inner.Name,
            "summarizer",
            activity,
            token => inner.SummarizeAsync(request, token),
            static result => result.Usage,
            cancellationToken).ConfigureAwait(false);
    }
}
