namespace NewsLingo.Core.Translation;

/// <summary>What a glossary entry does for one target: replace the term by <paramref name="Replacement"/>, or keep it (null).</summary>
public sealed record AppliedTerm(string? Replacement);
