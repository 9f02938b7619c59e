using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Summarization;

/// <summary>
/// A summarization backend. Extractive summarizers answer in the source language and the
/// pipeline translates their summary; generative ones may write straight into the target. One
/// transport attempt per call (the resilience layer retries); decorators derive from
/// <see cref="DelegatingSummarizer"/>.
/// </summary>
public interface ISummarizer
{
    /// <summary>A short stable name for reports, metrics and cache keys ("extractive", "llm", "fake").</summary>
    string Name { get; }

    /// <summary>True when this summarizer can write the summary in <paramref name="target"/> itself.</summary>
    bool CanWriteIn(LanguageTag target);

    /// <summary>Summarizes <paramref name="request"/>.</summary>
    Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);
}
