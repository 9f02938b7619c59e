namespace NewsLingo.Core.Summarization.Caching;

/// <summary>A summary as kept in a cache: plain data, so any serializer round-trips it.</summary>
/// <param name="Sentences">The summary's sentences.</param>
/// <param name="Language">The BCP-47 tag they are written in.</param>
/// <param name="Note">The summarizer's note, if any.</param>
public sealed record CachedSummary(IReadOnlyList<string> Sentences, string Language, string? Note);
