using System.Runtime.CompilerServices;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation.Protection;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>
/// Translates segments of any number and size through one <see cref="ITranslator"/>: skips empty
/// and duplicate segments, packs the rest into as few calls as the backend's limits allow, runs
/// those calls with bounded concurrency and hands results back in order, each as soon as the call
/// that carries it is done (which is what lets StreamArticle stream).
/// </summary>
public sealed class TranslationEngine(ITranslator translator, ISentenceSegmenter? segmenter = null)
{
    public string TranslatorName => translator.Name;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        translator.GetSupportedDirectionsAsync(cancellationToken);

    /// <summary>Throws <see cref="UnsupportedDirectionException"/> unless the backend translates <paramref name="direction"/> (or it needs no translation).</summary>
    public async Task EnsureSupportedAsync(LanguageDirection direction, string field, CancellationToken cancellationToken)
    {
        if (IsIdentity(direction))
        {
            return;
        }

        var supported = await translator.GetSupportedDirectionsAsync(cancellationToken).ConfigureAwait(false);
        if (!IsCovered(supported, direction))
        {
            throw new UnsupportedDirectionException(field, direction, translator.Name, supported);
        }
    }

    /// <summary>Translates every segment of <paramref name="job"/>, in order.</summary>
    public async Task<IReadOnlyList<TranslatedSegment>> TranslateAsync(SegmentJob job, UsageMeter meter, CancellationToken cancellationToken)
    {
        if (!IsIdentity(job.Direction))
        {
            await EnsureSupportedAsync(job.Direction, job.Field, cancellationToken).ConfigureAwait(false);
            var work = Plan(job, meter);
            if (work.Batches.Count == 1)
            {
                // One call (most Translate requests): no gate, no linked token, no ordering to wait for.
                var answered = await CallAsync(work.Batches[0], job, gate: null, meter, cancellationToken).ConfigureAwait(false);
                var pieces = answered as TranslatedSegment[] ?? [.. answered];
                var single = new TranslatedSegment[job.Segments.Count];
                for (var i = 0; i < single.Length; i++)
                {
                    single[i] = work.Result(i, pieces, meter);
                }

                return single;
            }
        }

        var results = new List<TranslatedSegment>(job.Segments.Count);
        await foreach (var segment in TranslateInOrderAsync(job, meter, cancellationToken).ConfigureAwait(false))
        {
            results.Add(segment);
        }

        return results;
    }

    /// <summary>
    /// Yields the translation of each segment of <paramref name="job"/> in order, as soon as the
    /// backend call carrying it (and every call before it) has answered. Stopping the enumeration
    /// cancels the calls still running.
    /// </summary>
    public async IAsyncEnumerable<TranslatedSegment> TranslateInOrderAsync(
        SegmentJob job,
        UsageMeter meter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (IsIdentity(job.Direction))
        {
            foreach (var segment in job.Segments)
            {
                yield return new TranslatedSegment(segment);
            }

            yield break;
        }

        await EnsureSupportedAsync(job.Direction, job.Field, cancellationToken).ConfigureAwait(false);
        var work = Plan(job, meter);
        var batches = work.Batches;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Max(1, translator.Limits.MaxConcurrentRequests));
        var calls = batches.Select(batch => CallAsync(batch, job, gate, meter, stop.Token)).ToList();

        try
        {
            var answered = new TranslatedSegment[work.PieceCount];
            var nextSegment = 0;
            for (var b = 0; b < batches.Count; b++)
            {
                var translated = await calls[b].ConfigureAwait(false);
                for (var i = 0; i < translated.Count; i++)
                {
                    answered[batches[b].FirstIndex + i] = translated[i];
                }

                var readyUpTo = batches[b].FirstIndex + batches[b].Segments.Count;
                for (; nextSegment < job.Segments.Count && work.IsReady(nextSegment, readyUpTo); nextSegment++)
                {
                    yield return work.Result(nextSegment, answered, meter);
                }
            }

            for (; nextSegment < job.Segments.Count; nextSegment++)
            {
                // Only blank segments can remain: they were never sent.
                yield return new TranslatedSegment(job.Segments[nextSegment]);
            }
        }
        finally
        {
            // The consumer may stop early (client cancelled the stream): stop the calls still running.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(calls.Select(c => c.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The job as backend calls, planned once: blank and repeated segments out, each remaining
    /// segment protected (glossary terms, markup, brackets), cut into pieces that fit a call, and
    /// the pieces packed into as few calls as the backend's limits allow.
    /// </summary>
    private JobPlan Plan(SegmentJob job, UsageMeter meter)
    {
        var plan = SegmentPlan.Create(job.Segments);
        meter.RecordDuplicates(plan.DuplicateCount);
        var protector = SegmentProtector.For(job.Glossary, job.Format, backendReadsHtml: translator.SupportsHtml);
        ProtectedSegment[]? protectedSegments = null;
        var sent = plan.Unique;
        if (protector is not null)
        {
            protectedSegments = new ProtectedSegment[plan.Unique.Count];
            var texts = new string[plan.Unique.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                protectedSegments[i] = protector.Protect(plan.Unique[i]);
                texts[i] = protectedSegments[i].Text;
            }

            sent = texts;
        }

        var pieces = PiecePlan.Create(sent, translator.Limits.MaxCharactersPerRequest, segmenter, job.Source);
        return new JobPlan(job, plan, protectedSegments, pieces, Pack(pieces.Pieces, translator.Limits), translator.Name);
    }

    private async Task<IReadOnlyList<TranslatedSegment>> CallAsync(
        PackedBatch batch,
        SegmentJob job,
        SemaphoreSlim? gate,
        UsageMeter meter,
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
            var request = new TranslationBatch(batch.Segments, job.Source, job.Target, format, job.Formality);
            var result = await translator.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.Segments.Count != batch.Segments.Count)
            {
                throw new BackendException(
                    translator.Name,
                    BackendFailure.InvalidResponse,
                    $"answered {result.Segments.Count} segments for {batch.Segments.Count} sent.");
            }

            if (result.Usage.Requests > 0 || result.Usage.Characters > 0)
            {
                meter.Record(result.Usage);
            }

            meter.RecordCacheHits(result.CachedSegments);
            meter.RecordSegmentsTranslated(batch.Segments.Count - result.CachedSegments);
            if (result.Fallbacks is { } fallbacks)
            {
                for (var f = 0; f < fallbacks.Count; f++)
                {
                    meter.RecordFallback(fallbacks[f]);
                }
            }

            return WithBackend(result);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>Each segment names the backend that produced it: the one that served the call unless a decorator said otherwise.</summary>
    private static IReadOnlyList<TranslatedSegment> WithBackend(TranslationBatchResult result)
    {
        var segments = result.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Backend is null)
            {
                var named = new TranslatedSegment[segments.Count];
                for (var k = 0; k < named.Length; k++)
                {
                    named[k] = segments[k].Backend is null ? segments[k] with { Backend = result.Usage.Backend } : segments[k];
                }

                return named;
            }
        }

        return segments;
    }

    /// <summary>Greedy in-order packing: optimal for contiguous batches under a size and a count limit.</summary>
    private static List<PackedBatch> Pack(IReadOnlyList<string> segments, BackendLimits limits)
    {
        var batches = new List<PackedBatch>();
        var current = new List<string>();
        var first = 0;
        long characters = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var length = segments[i].Length;
            if (current.Count > 0 && (current.Count >= limits.MaxSegmentsPerRequest || characters + length > limits.MaxCharactersPerRequest))
            {
                batches.Add(new PackedBatch(first, current));
                current = [];
                first = i;
                characters = 0;
            }

            current.Add(segments[i]);
            characters += length;
        }

        if (current.Count > 0)
        {
            batches.Add(new PackedBatch(first, current));
        }

        return batches;
    }

    /// <summary>
    /// Whether <paramref name="supported"/> covers <paramref name="direction"/>, remembered per answer of the
    /// backend (a new list, e.g. a refreshed Azure catalog, starts afresh): checked on every call.
    /// </summary>
    private bool IsCovered(IReadOnlyCollection<LanguageDirection> supported, LanguageDirection direction)
    {
        // Calls mostly repeat the previous direction (twice per Translate call: once by the pipeline,
        // once here): two string comparisons instead of hashing both tags.
        if (_lastCovered is { } last && ReferenceEquals(last.Supported, supported) && last.Direction == direction)
        {
            return true;
        }

        var memo = _coverage;
        if (!ReferenceEquals(memo.Supported, supported))
        {
            memo = _coverage = new CoverageMemo(supported, new System.Collections.Concurrent.ConcurrentDictionary<LanguageDirection, bool>());
        }

        var covered = memo.Covered.GetOrAdd(direction, static (d, list) => list.Any(s => Covers(s, d)), supported);
        if (covered)
        {
            _lastCovered = new LastCovered(supported, direction);
        }

        return covered;
    }

    private LastCovered? _lastCovered;

    private sealed record LastCovered(IReadOnlyCollection<LanguageDirection> Supported, LanguageDirection Direction);

    private CoverageMemo _coverage = new([], new System.Collections.Concurrent.ConcurrentDictionary<LanguageDirection, bool>());

    private sealed record CoverageMemo(IReadOnlyCollection<LanguageDirection> Supported, System.Collections.Concurrent.ConcurrentDictionary<LanguageDirection, bool> Covered);

    private static bool IsIdentity(LanguageDirection direction) =>
        direction.Source == direction.Target ||
        (direction.Source.Language == direction.Target.Language && (!direction.Source.HasSubtags || !direction.Target.HasSubtags));

    /// <summary>A backend direction "fr→es" covers a request for "fr-CA→es-MX"; "pt-BR" covers only "pt-BR".</summary>
    private static bool Covers(LanguageDirection supported, LanguageDirection requested) =>
        Covers(supported.Source, requested.Source) && Covers(supported.Target, requested.Target);

    private static bool Covers(LanguageTag supported, LanguageTag requested) =>
        supported == requested || (!supported.HasSubtags && supported.Language == requested.Language);

}
