using NewsLingo.Core.Articles;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Translation.Protection;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A <see cref="SegmentJob"/> as the backend calls that serve it, planned once: blank and repeated
/// segments out, each remaining segment protected (glossary terms, markup, brackets), cut into
/// pieces that fit a call, the pieces packed into as few calls as the backend's limits allow; and
/// the way back from their answers to one translation per input segment.
/// </summary>
internal sealed class JobPlan
{
    private readonly SegmentJob _job;
    private readonly SegmentPlan _segments;
    private readonly ProtectedSegment[]? _protected;
    private readonly PiecePlan _pieces;
    private readonly string _translatorName;
    private readonly FactChecker? _facts;
    private int _checked;
    private int _issues;
    private int _localized;
    private List<FactIssue>? _issueList;

    /// <summary>Restored translations by unique segment, so a repeated segment is restored once.</summary>
    private readonly TranslatedSegment?[] _restored;
    private List<string>? _notes;

    private JobPlan(SegmentJob job, SegmentPlan segments, ProtectedSegment[]? protectedSegments, PiecePlan pieces, List<PackedBatch> batches, string translatorName, FactChecker? facts, IReadOnlyList<BatchTerm> terms)
    {
        Terms = terms;
        _facts = facts;
        _job = job;
        _segments = segments;
        _protected = protectedSegments;
        _pieces = pieces;
        Batches = batches;
        _translatorName = translatorName;
        _restored = new TranslatedSegment?[segments.Unique.Count];
    }

    public List<PackedBatch> Batches { get; }

    /// <summary>The glossary terms every call carries for a backend that protects them itself (<see cref="TermProtection.Backend"/>); empty otherwise.</summary>
    public IReadOnlyList<BatchTerm> Terms { get; }

    public int PieceCount => _pieces.Pieces.Count;

    /// <summary>The job's report (<see cref="Report"/>), its fact checks counted in the metrics once: called once, when the job is done.</summary>
    public CallReport Complete()
    {
        _facts?.Record(_translatorName, _checked, _issueList ?? (IReadOnlyList<FactIssue>)[]);
        return Report;
    }

    /// <summary>What planning and restoring found: the repeats sent once, the protected pieces a backend lost.</summary>
    public CallReport Report => CallReport.Empty with
    {
        DuplicateSegments = _segments.DuplicateCount,
        Notes = _notes ?? (IReadOnlyList<string>)[],
        SegmentsFactChecked = _checked,
        FactIssues = _issues,
        NumbersLocalized = _localized,
    };

    public static JobPlan Create(SegmentJob job, ITranslator translator, ISentenceSegmenter? segmenter, FactChecker? facts = null)
    {
        var plan = SegmentPlan.Create(job.Segments);

        // A backend that protects terms itself for this direction gets them beside the text, which keeps them as written.
        var ownsTerms = job.Glossary is { IsEmpty: false } && translator.TermProtectionFor(job.Direction) == TermProtection.Backend;
        var protector = SegmentProtector.For(ownsTerms ? null : job.Glossary, job.Format, backendReadsHtml: translator.SupportsHtml, job.Target);
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
        var terms = ownsTerms ? TermsIn(job.Glossary!, job.Target, plan.Unique) : [];
        return new JobPlan(job, plan, protectedSegments, pieces, Pack(pieces.Pieces, translator.Limits), translator.Name, facts, terms);
    }

    /// <summary>True when every piece of input segment <paramref name="index"/> lies before <paramref name="answeredUpTo"/>.</summary>
    public bool IsReady(int index, int answeredUpTo)
    {
        var unique = _segments.UniqueIndexOf[index];
        return unique < 0 || _pieces.EndOf(unique) <= answeredUpTo;
    }

    /// <summary>The translation of input segment <paramref name="index"/> from the answered pieces.</summary>
    public TranslatedSegment Result(int index, TranslatedSegment[] answeredPieces)
    {
        var unique = _segments.UniqueIndexOf[index];
        if (unique < 0)
        {
            return new TranslatedSegment(_job.Segments[index]);
        }

        if (_restored[unique] is { } done)
        {
            return done;
        }

        var joined = _pieces.Join(unique, answeredPieces);
        if (_protected is not null)
        {
            var lost = new List<string>();
            joined = joined with { Text = SegmentProtector.Restore(joined.Text, _protected[unique], lost) };
            if (lost.Count > 0)
            {
                // Said in the response's usage notes, so a caller knows a term or tag may be missing.
                (_notes ??= []).Add($"{joined.Backend ?? _translatorName} dropped {lost.Count} protected term(s) or tag(s), which could not be put back");
            }
        }

        if (_facts is not null)
        {
            // Whatever the backend: the source's facts by value, in the target's conventions.
            var checkedText = _facts.Check(_segments.Unique[unique], joined.Text, _job.Source, _job.Target, _job.Format, _job.Glossary);
            if (!ReferenceEquals(checkedText.Text, joined.Text) || checkedText.Issues.Count > 0)
            {
                joined = joined with { Text = checkedText.Text, Issues = checkedText.Issues };
            }

            _checked++;
            _issues += checkedText.Issues.Count;
            if (checkedText.Issues.Count > 0)
            {
                (_issueList ??= []).AddRange(checkedText.Issues);
            }

            _localized += checkedText.NumbersLocalized;
        }

        return _restored[unique] = joined;
    }

    /// <summary>The entries that apply to <paramref name="target"/> and stand in the segments, each term once (the first entry wins, as with placeholders).</summary>
    private static List<BatchTerm> TermsIn(Glossary glossary, Languages.LanguageTag target, IReadOnlyList<string> segments)
    {
        var terms = new List<BatchTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in glossary.Entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Term) && entry.For(target) is { } applied && !seen.Contains(entry.Term)
                && segments.Any(segment => WholeWords.IndexOf(segment, entry.Term) >= 0))
            {
                seen.Add(entry.Term);
                terms.Add(new BatchTerm(entry.Term, applied.Replacement));
            }
        }

        return terms;
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
}
