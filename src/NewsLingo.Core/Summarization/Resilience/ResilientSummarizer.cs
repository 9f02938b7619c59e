using NewsLingo.Core.Translation.Resilience;

namespace NewsLingo.Core.Summarization.Resilience;

/// <summary>One summarizer's calls through its resilience pipeline: timeout, retries, circuit (<see cref="BackendResiliencePipelines"/>).</summary>
public sealed class ResilientSummarizer(ISummarizer inner, BackendResiliencePipelines pipelines) : DelegatingSummarizer(inner)
{
    public override Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(Name, DefaultTimeout, static (s, token) => s.InnerSummarizer.SummarizeAsync(s.request, token), (InnerSummarizer, request), cancellationToken);
}
