namespace NewsLingo.Server.Caching;

/// <summary>A translated segment as serialized into the cache (plain data with one constructor).</summary>
public sealed record CachedSegmentEntry(string Text, string[] UnknownWords);
