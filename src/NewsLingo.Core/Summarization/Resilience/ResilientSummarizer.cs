using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Core.Summarization.Resilience;

/// <summary>One summarizer's calls through its resilience pipeline: timeout, retries, circuit (<see cref="BackendResiliencePipelines"/>).</summary>
/// <param name="inner">The adapter (metered).</param>
/// <param name="pipelines">The resilience pipelines of every backend.</param>
/// <param name="declaredTimeout">The backend's own default timeout, from its descriptor.</param>
public sealed class ResilientSummarizer(ISummarizer inner, BackendResiliencePipelines pipelines, TimeSpan? declaredTimeout = null) : DelegatingSummarizer(inner)
{
    public override Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(Name, declaredTimeout, static (s, token) => s.InnerSummarizer.SummarizeAsync(s.request, token), (InnerSummarizer, request), cancellationToken);
}
