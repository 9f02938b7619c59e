using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation.Resilience;

namespace NewsLingo.Core.Summarization.Resilience;

/// <summary>
/// A chain of summarizers, preferred first, each behind its backend's resilience pipeline; when
/// one fails transiently the next serves and <see cref="SummaryResult.Fallbacks"/> says why. A
/// fallback that cannot write the target language answers in the source language, and the
/// summary writer translates it.
/// </summary>
public sealed class FallbackSummarizer : ISummarizer
{
    private readonly IReadOnlyList<ISummarizer> _chain;
    private readonly BackendResiliencePipelines _pipelines;
    private readonly NewsLingoMetrics _metrics;

    public FallbackSummarizer(IReadOnlyList<ISummarizer> chain, BackendResiliencePipelines pipelines, NewsLingoMetrics metrics)
    {
        ArgumentOutOfRangeException.ThrowIfZero(chain.Count);
        _chain = chain;
        _pipelines = pipelines;
        _metrics = metrics;
    }

    public string Name => _chain[0].Name;

    public bool CanWriteIn(LanguageTag target) => _chain[0].CanWriteIn(target);

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        string? failed = null;
        for (var i = 0; i < _chain.Count; i++)
        {
            var summarizer = _chain[i];
            var asked = summarizer.CanWriteIn(request.TargetLanguage) ? request : request with { TargetLanguage = request.SourceLanguage };
            try
            {
                var result = await _pipelines.For(summarizer.Name).ExecuteAsync(
                    static async (state, token) => await state.summarizer.SummarizeAsync(state.asked, token).ConfigureAwait(false),
                    (summarizer, asked),
                    cancellationToken).ConfigureAwait(false);
                if (failed is null)
                {
                    return result;
                }

                _metrics.RecordFallback(failed, summarizer.Name);
                var fallbacks = new List<string> { $"{string.Join("; ", reasons)}; {summarizer.Name} served" };
                fallbacks.AddRange(result.Fallbacks ?? []);
                return result with { Fallbacks = fallbacks, Note = result.Note ?? $"{summarizer.Name} served because {failed} failed." };
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && BackendResiliencePipelines.IsTransient(exception))
            {
                var classified = _pipelines.Classify(summarizer.Name, exception);
                if (i == _chain.Count - 1)
                {
                    throw classified;
                }

                failed ??= summarizer.Name;
                reasons.Add($"{summarizer.Name} failed ({classified.Reason}: {classified.Message})");
            }
        }

        throw new BackendException(Name, BackendFailure.Unavailable, $"no summarizer of the chain could serve: {string.Join("; ", reasons)}.");
    }
}
