namespace NewsLingo.Core.Memory.Tmx;

/// <summary>How much of a TMX file is read: characters in all, translation units, characters per segment.</summary>
public sealed record TmxReadLimits(long MaxCharacters, int MaxTranslationUnits, int MaxSegmentCharacters);
