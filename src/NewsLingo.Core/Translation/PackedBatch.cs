namespace NewsLingo.Core.Translation;

/// <summary>One backend call's share of a job: consecutive pieces starting at <paramref name="FirstIndex"/>.</summary>
internal sealed record PackedBatch(int FirstIndex, IReadOnlyList<string> Segments);
