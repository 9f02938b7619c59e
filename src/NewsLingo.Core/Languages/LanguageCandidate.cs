namespace NewsLingo.Core.Languages;

/// <summary>One candidate language with its confidence (0 to 1).</summary>
public sealed record LanguageCandidate(LanguageTag Language, double Confidence);
