using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Server.Production.Tests;

/// <summary>A summarizer that is always down, and counts how often it was asked.</summary>
public sealed class FailingSummarizer(string name) : ISummarizer
{
    private int _calls;

    public string Name => name;

    public int Calls => Volatile.Read(ref _calls);

    public bool CanWriteIn(LanguageTag target) => true;

    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        throw new BackendException(name, BackendFailure.Unavailable, "503 Service Unavailable.");
    }
}
