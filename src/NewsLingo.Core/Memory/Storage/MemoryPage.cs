namespace NewsLingo.Core.Memory;

/// <summary>One page of a listing.</summary>
/// <param name="Units">The entries, oldest first.</param>
/// <param name="NextPageToken">Pass it back for the next page; null on the last page.</param>
public sealed record MemoryPage(IReadOnlyList<TranslationUnit> Units, string? NextPageToken);
