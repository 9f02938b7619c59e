namespace NewsLingo.Core.Memory;

/// <summary>What happened to the entries of a <see cref="MemoryChange"/>.</summary>
public enum MemoryChangeKind
{
    Stored = 1,
    Deleted = 2,
}
