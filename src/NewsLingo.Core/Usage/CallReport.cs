namespace NewsLingo.Core.Usage;

/// <summary>
/// What a backend call, or a whole request, did: what each backend was asked (the bill), what the
/// caches answered, which fallback served instead of whom, and what else the caller should know.
/// Immutable; each layer returns its report and the caller merges them, so nothing is threaded
/// down to collect it (as <c>ChatResponse.Usage</c> flows up in Microsoft.Extensions.AI).
/// </summary>
/// <param name="Backends">Usage per backend, one entry per backend name.</param>
/// <param name="CacheHits">Segments (or summaries) answered from a cache instead of a backend.</param>
/// <param name="SegmentsTranslated">Segments sent to a backend, after de-duplication and cache.</param>
/// <param name="DuplicateSegments">Segments that repeated another of the same request and were sent once.</param>
/// <param name="Fallbacks">Each time a fallback served, and why the backends before it did not.</param>
/// <param name="Notes">Anything else worth telling: an input normalized, a protected term a backend lost.</param>
public sealed record CallReport(
    IReadOnlyList<BackendUsage> Backends,
    int CacheHits,
    int SegmentsTranslated,
    int DuplicateSegments,
    IReadOnlyList<FallbackRecord> Fallbacks,
    IReadOnlyList<string> Notes)
{
    /// <summary>Translated segments whose facts were checked against their source.</summary>
    public int SegmentsFactChecked { get; init; }

    /// <summary>Facts of the sources the translations lost or changed.</summary>
    public int FactIssues { get; init; }

    /// <summary>Numbers, percentages and amounts a backend left in the source's format and NewsLingo wrote in the target's.</summary>
    public int NumbersLocalized { get; init; }

    public static CallReport Empty { get; } = new([], 0, 0, 0, [], []);

    /// <summary>A call one backend served, with what it was asked.</summary>
    public static CallReport For(BackendUsage usage) =>
        usage.Requests == 0 && usage.Characters == 0 && usage.InputTokens == 0 && usage.OutputTokens == 0
            ? Empty
            : Empty with { Backends = [usage] };

    public static CallReport WithNotes(IReadOnlyList<string>? notes) => notes is { Count: > 0 } ? Empty with { Notes = notes } : Empty;

    public bool IsEmpty => ReferenceEquals(this, Empty) ||
        (Backends.Count == 0 && CacheHits == 0 && SegmentsTranslated == 0 && DuplicateSegments == 0 && Fallbacks.Count == 0 && Notes.Count == 0
            && SegmentsFactChecked == 0 && FactIssues == 0 && NumbersLocalized == 0);

    /// <summary>This report and <paramref name="other"/> as one: usage summed per backend, counts added, fallbacks and notes once each.</summary>
    public CallReport Merge(CallReport other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        return new CallReport(
            MergeUsage(Backends, other.Backends),
            CacheHits + other.CacheHits,
            SegmentsTranslated + other.SegmentsTranslated,
            DuplicateSegments + other.DuplicateSegments,
            Union(Fallbacks, other.Fallbacks),
            Union(Notes, other.Notes))
        {
            SegmentsFactChecked = SegmentsFactChecked + other.SegmentsFactChecked,
            FactIssues = FactIssues + other.FactIssues,
            NumbersLocalized = NumbersLocalized + other.NumbersLocalized,
        };
    }

    public static CallReport Merge(IEnumerable<CallReport> reports)
    {
        var merged = Empty;
        foreach (var report in reports)
        {
            merged = merged.Merge(report);
        }

        return merged;
    }

    public CallReport WithNote(string note) => this with { Notes = Union(Notes, [note]) };

    private static IReadOnlyList<BackendUsage> MergeUsage(IReadOnlyList<BackendUsage> left, IReadOnlyList<BackendUsage> right)
    {
        if (left.Count == 0)
        {
            return right;
        }

        if (right.Count == 0)
        {
            return left;
        }

        var merged = new List<BackendUsage>(left);
        foreach (var usage in right)
        {
            var index = merged.FindIndex(u => u.Backend == usage.Backend);
            if (index < 0)
            {
                merged.Add(usage);
            }
            else
            {
                merged[index] = merged[index].Add(usage);
            }
        }

        return merged;
    }

    private static IReadOnlyList<T> Union<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (right.Count == 0)
        {
            return left;
        }

        if (left.Count == 0)
        {
            return right;
        }

        var merged = new List<T>(left);
        foreach (var item in right)
        {
            if (!merged.Contains(item))
            {
                merged.Add(item);
            }
        }

        return merged;
    }
}
