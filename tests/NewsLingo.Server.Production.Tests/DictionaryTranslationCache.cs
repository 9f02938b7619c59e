using System.Collections.Concurrent;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;

namespace NewsLingo.Server.Production.Tests;

/// <summary>An in-process ITranslationCache, to check the caching decorator on its own.</summary>
public sealed class DictionaryTranslationCache : ITranslationCache
{
    public ConcurrentDictionary<SegmentCacheKey, TranslatedSegment> Entries { get; } = new();

    public ValueTask<TranslatedSegment?> GetAsync(SegmentCacheKey key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Entries.TryGetValue(key, out var segment) ? segment : null);

    public ValueTask SetAsync(SegmentCacheKey key, TranslatedSegment segment, CancellationToken cancellationToken)
    {
        Entries[key] = segment;
        return ValueTask.CompletedTask;
    }
}
