using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Summarization;

/// <summary>A summarizer that forwards everything to <see cref="InnerSummarizer"/>: the base of every summarizer decorator.</summary>
public abstract class DelegatingSummarizer(ISummarizer innerSummarizer) : ISummarizer
{
    protected ISummarizer InnerSummarizer { get; } = innerSummarizer;

    public virtual string Name => InnerSummarizer.Name;

    public virtual bool CanWriteIn(LanguageTag target) => InnerSummarizer.CanWriteIn(target);

    public virtual Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        InnerSummarizer.SummarizeAsync(request, cancellationToken);
}
