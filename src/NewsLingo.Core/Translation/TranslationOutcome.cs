using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>A job's translations, one per segment in order, and what translating them did.</summary>
public sealed record TranslationOutcome(IReadOnlyList<TranslatedSegment> Segments, CallReport Report);
