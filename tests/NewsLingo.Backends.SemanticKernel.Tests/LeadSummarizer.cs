using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.SemanticKernel.Tests;

/// <summary>A minimal extractive summarizer (the article's first sentences, in the source language) to stand in for the offline one.</summary>
internal sealed class LeadSummarizer : ISummarizer
{
    public string Name => "lead";

    public bool CanWriteIn(LanguageTag target) => false;

    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new SummaryResult([.. request.Sentences.Take(request.Length.MaxSentences ?? 3)], request.SourceLanguage, BackendUsage.None(Name)));
}
