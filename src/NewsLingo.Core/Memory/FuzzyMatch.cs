namespace NewsLingo.Core.Memory;

/// <summary>An entry similar to a segment, with its <see cref="FuzzySimilarity"/> score (threshold to 1).</summary>
public sealed record FuzzyMatch(TranslationUnit Unit, double Score);
