using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory;

/// <summary>
/// Where a translation memory lives (SQLite, PostgreSQL). Every operation is confined to one
/// <see cref="MemoryScope"/>. Stores retrieve and keep entries; they do not judge matches: fuzzy
/// candidates are scored by <see cref="FuzzySimilarity"/> in <see cref="TranslationMemory"/>, so
/// every store scores alike. Languages are matched by primary subtag in the store ("fr" finds
/// "fr-FR" entries); <see cref="TranslationMemory"/> chooses among the variants. A store reports its
/// own failures (unreachable, disk, timeout) as <see cref="MemoryStoreException"/>.
/// </summary>
public interface ITranslationMemoryStore
{
    /// <summary>"sqlite", "postgres": for health, logs and errors.</summary>
    string Name { get; }

    /// <summary>Creates or upgrades the schema (versioned, in order, idempotent, safe when several instances start at once).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The cheapest question the store answers: health probes while it is down.</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The entries whose normalized source is one of <paramref name="segments"/>, in the
    /// direction's primary languages, in one round trip; in no particular order, several per
    /// segment when languages differ by region.
    /// </summary>
    Task<IReadOnlyList<TranslationUnit>> FindExactAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<SegmentKey> segments, CancellationToken cancellationToken);

    /// <summary>
    /// For each segment (same order), at most <paramref name="limit"/> entries likely to score at
    /// least <paramref name="minimumScore"/>, found through an index, best first by the store's own
    /// estimate. Unscored: the caller scores them.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<TranslationUnit>>> FindCandidatesAsync(
        MemoryScope scope,
        LanguageDirection direction,
        IReadOnlyList<SegmentKey> segments,
        double minimumScore,
        int limit,
        CancellationToken cancellationToken);

    /// <summary>
    /// Stores the drafts in one transaction; no two drafts share a direction and normalized source,
    /// nor a preferred id (<see cref="TranslationMemory"/> keeps the newest of each). A draft whose direction and normalized source already
    /// have an entry replaces that entry's translation and details (keeping its id and creation
    /// time) when it is at least as recent; an older one leaves the entry as it is.
    /// </summary>
    Task<IReadOnlyList<StoredUnit>> UpsertAsync(MemoryScope scope, IReadOnlyList<TranslationUnitDraft> drafts, CancellationToken cancellationToken);

    /// <summary>Deletes the entry (its text is gone from the table, not flagged); the deleted entry, or null when the scope has none with that id.</summary>
    Task<TranslationUnit?> DeleteAsync(MemoryScope scope, string id, CancellationToken cancellationToken);

    /// <summary>One page of the entries of an article or of an author, oldest first.</summary>
    Task<MemoryPage> ListAsync(MemoryScope scope, MemoryListFilter filter, int pageSize, string? pageToken, CancellationToken cancellationToken);

    /// <summary>Every entry of the scope, oldest first, read in pages so memory stays flat.</summary>
    IAsyncEnumerable<TranslationUnit> ExportAsync(MemoryScope scope, CancellationToken cancellationToken);

    /// <summary>How many entries the scope holds, and from which source languages.</summary>
    Task<MemoryStatistics> DescribeAsync(MemoryScope scope, CancellationToken cancellationToken);
}
