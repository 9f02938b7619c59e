using Microsoft.Extensions.Caching.Hybrid;

namespace NewsLingo.Server.Caching;

/// <summary>
/// HybridCache has no plain "get": a lookup is GetOrCreate with a factory answering null and
/// writes switched off, so a miss stores nothing and the decorator calls the backend itself
/// (it batches the misses of a whole request into one backend call). The distributed-only options
/// serve the translation cache, which keeps its own memory level in front of Redis.
/// </summary>
internal static class HybridCacheReads
{
    public static readonly HybridCacheEntryOptions LookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>A look-up of the distributed level alone, for callers that keep their own memory level.</summary>
    public static readonly HybridCacheEntryOptions DistributedLookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>A write to the distributed level alone, for callers that keep their own memory level.</summary>
    public static readonly HybridCacheEntryOptions DistributedWriteOnly = new() { Flags = HybridCacheEntryFlags.DisableLocalCache };
}
