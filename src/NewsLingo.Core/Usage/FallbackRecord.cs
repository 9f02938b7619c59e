namespace NewsLingo.Core.Usage;

/// <summary>A fallback that served, and why each backend before it in the chain did not.</summary>
/// <param name="Served">The backend that produced the answer.</param>
/// <param name="Misses">The backends passed over, in chain order.</param>
public sealed record FallbackRecord(string Served, IReadOnlyList<BackendMiss> Misses)
{
    /// <summary>What the backends that failed cost before they failed: part of the bill, though they served nothing.</summary>
    public CallReport Billed { get; init; } = CallReport.Empty;

    /// <summary>As the usage report says it: "azure failed (BACKEND_UNAVAILABLE: …); apertium served".</summary>
    public string Describe() => string.Join("; ", Misses.Select(m => m.Describe())) + $"; {Served} served";

    // Compared by what it says: two records of the same event are one fallback in a merged report.
    public bool Equals(FallbackRecord? other) => other is not null && Describe() == other.Describe();

    public override int GetHashCode() => Describe().GetHashCode(StringComparison.Ordinal);
}
