namespace NewsLingo.Core.Summarization;

/// <summary>The source-language summary of one request, computed on first use and shared by every target.</summary>
public sealed class SourceSummary(Func<Task<SummaryResult>> summarize)
{
    private readonly Lazy<Task<SummaryResult>> _summary = new(summarize, LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<SummaryResult> GetAsync() => _summary.Value;

    /// <summary>True once some target asked for it: its report then belongs to the request, once.</summary>
    public bool WasMade => _summary.IsValueCreated;
}
