using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Core.Summarization.Resilience;

/// <summary>
/// Summarizers preferred first (<see cref="FallbackChain{TBackend}"/>): when one fails by its own
/// fault the next serves and the report says why. A fallback that cannot write the target language
/// answers in the source language, and the summary writer translates it.
/// </summary>
public sealed class FallbackSummarizer(IReadOnlyList<ISummarizer> chain, NewsLingoMetrics metrics) : DelegatingSummarizer(chain[0])
{
    private readonly FallbackChain<ISummarizer> _chain = new(chain, static s => s.Name, metrics);

    public override async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        var (result, served, fallback) = await _chain.RunAsync(
            static (_, _) => ValueTask.FromResult<string?>(null),
            (summarizer, token) => summarizer.SummarizeAsync(AskedOf(summarizer, request), token),
            cancellationToken).ConfigureAwait(false);
        return fallback is null
            ? result
            : result with
            {
                Report = result.Report.Merge(fallback.Billed) with { Fallbacks = [fallback, .. result.Report.Fallbacks] },
                Note = result.Note ?? $"{served.Name} served because {fallback.Misses[0].Describe()}.",
            };
    }

    private static SummaryRequest AskedOf(ISummarizer summarizer, SummaryRequest request) =>
        summarizer.CanWriteIn(request.TargetLanguage) ? request : request with { TargetLanguage = request.SourceLanguage };
}
