using Microsoft.Extensions.Caching.Hybrid;

namespace NewsLingo.Server.Caching;

/// <summary>
/// HybridCache has no plain "get": a lookup is GetOrCreate with a factory answering null and
/// writes switched off, so a miss stores nothing and the decorator calls the backend itself
/// (it batches the misses of a whole request into one backend call).
/// </summary>
internal static class HybridCacheReads
{
    public static readonly HybridCacheEntryOptions LookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };
}
