namespace NewsLingo.Core.Memory;

/// <summary>The size of a scope's memory.</summary>
/// <param name="Units">Entries held.</param>
/// <param name="SourceLanguages">Their source languages, as stored, in order.</param>
public sealed record MemoryStatistics(long Units, IReadOnlyList<string> SourceLanguages);
