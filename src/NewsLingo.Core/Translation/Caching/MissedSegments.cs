namespace NewsLingo.Core.Translation.Caching;

/// <summary>The cache keys of the segments one call must translate, compared as a whole: two identical calls in flight are one.</summary>
internal sealed class MissedSegments : IEquatable<MissedSegments>
{
    private readonly SegmentCacheKey[] _keys;
    private readonly int _hash;

    public MissedSegments(SegmentCacheKey[] keys)
    {
        _keys = keys;
        var hash = new HashCode();
        foreach (var key in keys)
        {
            hash.Add(key);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(MissedSegments? other) => other is not null && _hash == other._hash && _keys.AsSpan().SequenceEqual(other._keys);

    public override bool Equals(object? obj) => Equals(obj as MissedSegments);

    public override int GetHashCode() => _hash;
}
