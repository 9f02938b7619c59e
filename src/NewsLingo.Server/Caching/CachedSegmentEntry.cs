using System.ComponentModel;

namespace NewsLingo.Server.Caching;

/// <summary>
/// A translated segment as serialized into the cache (plain data with one constructor). Sealed and
/// marked immutable so HybridCache hands out the instance it keeps in memory instead of
/// deserializing a copy on every hit; nothing writes to <see cref="UnknownWords"/> after creation.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedSegmentEntry(string Text, string[] UnknownWords);
