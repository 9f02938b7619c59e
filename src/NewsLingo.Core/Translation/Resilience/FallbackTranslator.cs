using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Usage;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Core.Translation.Resilience;

/// <summary>
/// Translators preferred first (<see cref="FallbackChain{TBackend}"/>): when one fails by its own
/// fault the next that translates the direction serves, its segments name it, and the report says
/// why ("azure failed (BACKEND_UNAVAILABLE: …); apertium served"). With a fact checker, segments
/// whose figures or names the serving backend changed are translated once more by the next
/// backend, and its answer is kept where it keeps more of them.
/// </summary>
public sealed class FallbackTranslator : DelegatingTranslator
{
    private readonly FallbackChain<ITranslator> _chain;
    private readonly FactChecker? _facts;

    public FallbackTranslator(IReadOnlyList<ITranslator> chain, NewsLingoMetrics metrics, FactChecker? facts = null)
        : base(chain[0])
    {
        _facts = facts;
        _chain = new FallbackChain<ITranslator>(chain, static t => t.Name, metrics);

        // Batches are packed once, before we know who serves them: they must fit every backend of the chain.
        Limits = new BackendLimits(
            chain.Min(t => t.Limits.MaxCharactersPerRequest),
            chain.Min(t => t.Limits.MaxSegmentsPerRequest),
            chain[0].Limits.MaxConcurrentRequests);
    }

    public override BackendLimits Limits { get; }

    public override bool SupportsHtml => _chain.Backends.All(t => t.SupportsHtml);

    // A batch is protected once, before we know who serves it: the terms travel raw only when every backend
    // of the chain protects them itself for this direction (each by its own mechanism); else as placeholders.
    public override TermProtection TermProtectionFor(LanguageDirection direction) =>
        _chain.Backends.All(t => t.TermProtectionFor(direction) == TermProtection.Backend) ? TermProtection.Backend : TermProtection.Placeholders;

    /// <summary>The preferred backend's directions; a later one's only when every earlier one cannot answer.</summary>
    public override async ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await _chain.Backends[i].GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.BackendException failure) when (failure.IsBackendFault && i < _chain.Backends.Count - 1 && !cancellationToken.IsCancellationRequested)
            {
                // The next backend answers for the chain.
            }
        }
    }

    public override async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var (result, served, fallback) = await _chain.RunAsync(
            (translator, token) => WhyNotAsync(translator, batch.Direction, token),
            (translator, token) => translator.TranslateAsync(batch, token),
            cancellationToken).ConfigureAwait(false);
        if (fallback is null)
        {
            return ReferenceEquals(served, _chain.Backends[^1]) ? result : await RecheckFactsAsync(batch, result, served, cancellationToken).ConfigureAwait(false);
        }

        var segments = result.Segments.Select(s => s.Backend is null ? s with { Backend = served.Name } : s).ToList();
        return new TranslationBatchResult(segments, result.Report.Merge(fallback.Billed) with { Fallbacks = [fallback, .. result.Report.Fallbacks] });
    }

    /// <summary>The segments whose facts <paramref name="served"/> changed, translated once more by the next backend that covers the direction.</summary>
    private async Task<TranslationBatchResult> RecheckFactsAsync(TranslationBatch batch, TranslationBatchResult result, ITranslator served, CancellationToken cancellationToken)
    {
        if (_facts is null || result.Segments.Count != batch.Segments.Count)
        {
            return result;
        }

        var doubtful = new List<(int Index, IReadOnlyList<FactIssue> Issues)>();
        for (var i = 0; i < batch.Segments.Count; i++)
        {
            var issues = _facts.IssuesOf(batch.Segments[i], result.Segments[i].Text, batch.Source, batch.Target, batch.Format);
            if (issues.Count > 0)
            {
                doubtful.Add((i, issues));
            }
        }

        var next = _chain.Backends.SkipWhile(t => !ReferenceEquals(t, served)).Skip(1).FirstOrDefault();
        if (doubtful.Count == 0 || next is null || await WhyNotAsync(next, batch.Direction, cancellationToken).ConfigureAwait(false) is not null)
        {
            return result;
        }

        TranslationBatchResult second;
        try
        {
            second = await next.TranslateAsync(batch with { Segments = [.. doubtful.Select(d => batch.Segments[d.Index])] }, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.BackendException failure) when (failure.IsBackendFault && !cancellationToken.IsCancellationRequested)
        {
            // The second opinion is a bonus: the first answer stands, and its issues are reported.
            return result;
        }

        var segments = result.Segments.ToArray();
        var replaced = 0;
        for (var k = 0; k < doubtful.Count && k < second.Segments.Count; k++)
        {
            var (index, issues) = doubtful[k];
            if (_facts.IssuesOf(batch.Segments[index], second.Segments[k].Text, batch.Source, batch.Target, batch.Format).Count < issues.Count)
            {
                segments[index] = second.Segments[k].Backend is null ? second.Segments[k] with { Backend = next.Name } : second.Segments[k];
                replaced++;
            }
        }

        var first = doubtful[0].Issues[0];
        var why = $"FACTS_CHANGED: {doubtful.Sum(d => d.Issues.Count)} fact(s) in {doubtful.Count} segment(s), e.g. {first.Kind.ToString().ToLowerInvariant()} '{first.Source}' came back as '{first.Found ?? "nothing"}'; {replaced} taken from {next.Name}";
        var record = new FallbackRecord(next.Name, [new BackendMiss(served.Name, Failed: true, why)]);
        return new TranslationBatchResult(segments, result.Report.Merge(second.Report) with { Fallbacks = [record, .. result.Report.Fallbacks, .. second.Report.Fallbacks] });
    }

    private static async ValueTask<string?> WhyNotAsync(ITranslator translator, LanguageDirection direction, CancellationToken cancellationToken)
    {
        try
        {
            var supported = await translator.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
            return supported.Any(d => d.Source.Language == direction.Source.Language && d.Target.Language == direction.Target.Language)
                ? null
                : $"does not translate {direction}";
        }
        catch (Errors.BackendException failure) when (failure.IsBackendFault && !cancellationToken.IsCancellationRequested)
        {
            return $"its directions are unknown: {failure.Reason}";
        }
    }
}
