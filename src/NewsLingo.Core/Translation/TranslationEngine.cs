using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>
/// Translates segments of any number and size through one <see cref="ITranslator"/>: skips empty
/// and duplicate segments, packs the rest into as few calls as the backend's limits allow, runs
/// those calls with bounded concurrency and hands results back in order, each as soon as the call
/// that carries it is done (which is what lets StreamArticle stream), with what the calls did.
/// Callers check each direction once with <see cref="EnsureSupportedAsync"/> before translating.
/// </summary>
/// <param name="router">The enabled backend stacks and which serves a direction (<see cref="Routing.TranslatorRouter"/>).</param>
/// <param name="segmenter">Cuts a paragraph longer than one call at sentence ends.</param>
/// <param name="facts">Checks and localizes every translated segment; null: no check.</param>
/// <param name="glossaries">The deployment's glossaries, applied under each job's own; null: none.</param>
public sealed class TranslationEngine(Routing.TranslatorRouter router, ISentenceSegmenter? segmenter = null, Facts.FactChecker? facts = null, Glossaries.DeploymentGlossary? glossaries = null)
{
    private readonly ConcurrentDictionary<ITranslator, DirectionCoverage> _coverage = new(ReferenceEqualityComparer.Instance);

    /// <summary>One backend stack for every direction.</summary>
    public TranslationEngine(ITranslator translator, ISentenceSegmenter? segmenter = null, Facts.FactChecker? facts = null, Glossaries.DeploymentGlossary? glossaries = null)
        : this(Routing.TranslatorRouter.Single(translator), segmenter, facts, glossaries)
    {
    }

    /// <summary>The enabled translators and the routing.</summary>
    public Routing.TranslatorRouter Router => router;

    /// <summary>The default translator's name.</summary>
    public string TranslatorName => router.Translators.Default.Name;

    /// <summary>The name of the translator that serves <paramref name="direction"/> for a request that chose <paramref name="requested"/> (null: routed).</summary>
    public string TranslatorNameFor(LanguageDirection direction, string? requested) => router.For(direction, requested).Name;

    /// <summary>Every enabled translator's directions together.</summary>
    public async ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        if (router.IsSingle)
        {
            return await router.Translators.Default.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
        }

        var all = new HashSet<LanguageDirection>();
        foreach (var name in router.Translators.Enabled)
        {
            all.UnionWith(await router.Translators.Named(name).GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    /// <summary>
    /// Throws <see cref="Errors.RequestValidationException"/> when <paramref name="requested"/> names no enabled
    /// translator, and <see cref="UnsupportedDirectionException"/> unless the translator that serves
    /// <paramref name="direction"/> translates it (or it needs no translation).
    /// </summary>
    public async ValueTask EnsureSupportedAsync(LanguageDirection direction, string field, CancellationToken cancellationToken, string? requested = null, string? requestedField = null)
    {
        router.Translators.EnsureEnabled(requested, requestedField ?? "translator");
        if (DirectionCoverage.IsIdentity(direction))
        {
            return;
        }

        var translator = router.For(direction, requested);
        var supported = await translator.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
        if (!_coverage.GetOrAdd(translator, static _ => new DirectionCoverage()).IsCovered(supported, direction))
        {
            throw new UnsupportedDirectionException(field, direction, translator.Name, supported);
        }
    }

    /// <summary>Translates every segment of <paramref name="job"/>, in order (its direction checked by the caller).</summary>
    public async Task<TranslationOutcome> TranslateAsync(SegmentJob job, CancellationToken cancellationToken)
    {
        if (DirectionCoverage.IsIdentity(job.Direction))
        {
            return new TranslationOutcome([.. job.Segments.Select(s => new TranslatedSegment(s))], CallReport.Empty);
        }

        job = glossaries?.Apply(job) ?? job;
        var translator = router.For(job.Direction, job.Translator);
        var plan = JobPlan.Create(job, translator, segmenter, facts);
        if (plan.Batches.Count == 1)
        {
            // One call (most Translate requests): no gate, no linked token, no ordering to wait for.
            var (answered, report) = await CallAsync(translator, plan.Batches[0], job, plan.Terms, gate: null, cancellationToken).ConfigureAwait(false);
            var pieces = answered as TranslatedSegment[] ?? [.. answered];
            var single = new TranslatedSegment[job.Segments.Count];
            for (var i = 0; i < single.Length; i++)
            {
                single[i] = plan.Result(i, pieces);
            }

            return new TranslationOutcome(single, report.Merge(plan.Complete()));
        }

        var run = new TranslationRun((self, token) => InOrderAsync(self, translator, plan, job, token));
        var results = new List<TranslatedSegment>(job.Segments.Count);
        await foreach (var segment in run.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(segment);
        }

        return new TranslationOutcome(results, run.Report);
    }

    /// <summary>
    /// Starts translating <paramref name="job"/> (its direction checked by the caller): the run yields
    /// each segment's translation in order as soon as the call carrying it (and every call before it)
    /// has answered, and knows its report once read to the end. Stopping early cancels the calls still running.
    /// </summary>
    public TranslationRun Start(SegmentJob job)
    {
        if (DirectionCoverage.IsIdentity(job.Direction))
        {
            return new TranslationRun((self, _) => SameLanguageAsync(self, job));
        }

        job = glossaries?.Apply(job) ?? job;
        var translator = router.For(job.Direction, job.Translator);
        var plan = JobPlan.Create(job, translator, segmenter, facts);
        return new TranslationRun((self, token) => InOrderAsync(self, translator, plan, job, token));
    }

    private static async IAsyncEnumerable<TranslatedSegment> SameLanguageAsync(TranslationRun run, SegmentJob job)
    {
        foreach (var segment in job.Segments)
        {
            yield return new TranslatedSegment(segment);
        }

        run.Complete(CallReport.Empty);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async IAsyncEnumerable<TranslatedSegment> InOrderAsync(TranslationRun run, ITranslator translator, JobPlan plan, SegmentJob job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batches = plan.Batches;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Max(1, translator.Limits.MaxConcurrentRequests));
        var calls = batches.Select(batch => CallAsync(translator, batch, job, plan.Terms, gate, stop.Token)).ToList();
        var report = CallReport.Empty;
        try
        {
            var answered = new TranslatedSegment[plan.PieceCount];
            var nextSegment = 0;
            for (var b = 0; b < batches.Count; b++)
            {
                var (translated, callReport) = await calls[b].ConfigureAwait(false);
                report = report.Merge(callReport);
                for (var i = 0; i < translated.Count; i++)
                {
                    answered[batches[b].FirstIndex + i] = translated[i];
                }

                var readyUpTo = batches[b].FirstIndex + batches[b].Segments.Count;
                for (; nextSegment < job.Segments.Count && plan.IsReady(nextSegment, readyUpTo); nextSegment++)
                {
                    yield return plan.Result(nextSegment, answered);
                }
            }

            for (; nextSegment < job.Segments.Count; nextSegment++)
            {
                // Only blank segments can remain: they were never sent.
                yield return new TranslatedSegment(job.Segments[nextSegment]);
            }

            run.Complete(report.Merge(plan.Complete()));
        }
        finally
        {
            // The consumer may stop early (client cancelled the stream): stop the calls still running.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(calls.Select(c => c.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    private static async Task<(IReadOnlyList<TranslatedSegment> Segments, CallReport Report)> CallAsync(
        ITranslator translator,
        PackedBatch batch,
        SegmentJob job,
        IReadOnlyList<BatchTerm> terms,
        SemaphoreSlim? gate,
        CancellationToken cancellationToken)
    {
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // SemaphoreSlim may grant a slot to a waiter whose token was cancelled a moment before.
            cancellationToken.ThrowIfCancellationRequested();

            // Tags a plain-text backend must not see are placeholders by now: what it gets is plain text.
            var format = job.Format == TextFormat.Html && !translator.SupportsHtml ? TextFormat.Plain : job.Format;
            var request = new TranslationBatch(batch.Segments, job.Source, job.Target, format, job.Formality) { Terms = terms };
            var result = await translator.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.Segments.Count != batch.Segments.Count)
            {
                throw new BackendException(
                    translator.Name,
                    BackendFailure.InvalidResponse,
                    $"answered {result.Segments.Count} segments for {batch.Segments.Count} sent.");
            }

            var report = result.Report with { SegmentsTranslated = batch.Segments.Count - result.Report.CacheHits };
            return (WithBackend(result.Segments, translator.Name), report);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>Each segment names the backend that produced it; one no decorator named came from this engine's backend.</summary>
    private static IReadOnlyList<TranslatedSegment> WithBackend(IReadOnlyList<TranslatedSegment> segments, string backend)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Backend is null)
            {
                var named = new TranslatedSegment[segments.Count];
                for (var k = 0; k < named.Length; k++)
                {
                    named[k] = segments[k].Backend is null ? segments[k] with { Backend = backend } : segments[k];
                }

                return named;
            }
        }

        return segments;
    }
}
