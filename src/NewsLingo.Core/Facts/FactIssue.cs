namespace NewsLingo.Core.Facts;

/// <summary>A fact of the source that did not come back in the translation (or came back with another value).</summary>
/// <param name="Kind">What the fact is.</param>
/// <param name="Source">The fact as the source wrote it ("2,3 %").</param>
/// <param name="Expected">Its value, canonical ("pct:2.3"), or the name expected.</param>
/// <param name="Found">What the translation has in its place, when something of the same kind differs; null when it is missing.</param>
public sealed record FactIssue(FactKind Kind, string Source, string Expected, string? Found);
