namespace NewsLingo.Core.Memory;

/// <summary>Entries of one scope that were stored (added or updated) or deleted.</summary>
public sealed record MemoryChange(MemoryScope Scope, MemoryChangeKind Kind, IReadOnlyList<TranslationUnit> Units);
