using System.Globalization;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory;
using Npgsql;
using NpgsqlTypes;

namespace NewsLingo.Memory.Postgres;

/// <summary>
/// The translation memory in PostgreSQL, shared by every instance as Redis is for the cache. Exact
/// matches by the indexed SHA-256 of the normalized source, every segment of a batch in one
/// statement; fuzzy candidates through pg_trgm's GIN index on the normalized source (trigram
/// similarity above <see cref="PostgresMemoryStoreOptions.TrigramThreshold"/>), every segment of a
/// batch in one round trip, then scored in C# like any store's. Migrations run under an advisory
/// lock, so instances starting together apply each version once.
/// </summary>
public sealed class PostgresMemoryStore : ITranslationMemoryStore, IAsyncDisposable
{
    private const string Columns = "row_id, id, source_language, target_language, source_text, target_text, article_id, element, author, origin, created_at, changed_at";
    private const int ExportPage = 1000;
    private const int UpsertChunk = 1000;

    /// <summary>The advisory lock of NewsLingo's migrations ("NLmemory" as a number): one migrating instance at a time.</summary>
    private const long MigrationLock = 0x4E4C_6D65_6D6F_7279;

    private readonly NpgsqlDataSource _dataSource;
    private readonly double _trigramThreshold;

    public PostgresMemoryStore(IOptions<PostgresMemoryStoreOptions> options)
    {
        var settings = options.Value;
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        if (!settings.ConnectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            connection.Timeout = 5;
        }

        _dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
        _trigramThreshold = settings.TrigramThreshold;
    }

    public string Name => MemoryStores.Postgres;

    public Task MigrateAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock});", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());", cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<int>();
        await using (var command = new NpgsqlCommand("SELECT version FROM schema_migrations;", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2);", connection, transaction);
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    });

    public Task PingAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand("SELECT 1;");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return true;
    });

    public Task<IReadOnlyList<TranslationUnit>> FindExactAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<SegmentKey> segments, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM memory_units WHERE scope = $1 AND source_hash = ANY($2) AND source_primary = $3 AND target_primary = $4;");
        command.Parameters.Add(new() { Value = scope.Name });
        command.Parameters.Add(new() { Value = segments.Select(s => s.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = direction.Source.Language });
        command.Parameters.Add(new() { Value = direction.Target.Language });
        return (IReadOnlyList<TranslationUnit>)[.. (await ReadRowsAsync(command, scope, 0, cancellationToken).ConfigureAwait(false)).Select(r => r.Unit)];
    });

    public Task<IReadOnlyList<IReadOnlyList<TranslationUnit>>> FindCandidatesAsync(
        MemoryScope scope,
        LanguageDirection direction,
        IReadOnlyList<SegmentKey> segments,
        double minimumScore,
        int limit,
        CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        // One round trip: the threshold is set for this batch's implicit transaction only, then every segment is searched.
        await using var batch = _dataSource.CreateBatch();
        var threshold = new NpgsqlBatchCommand("SELECT set_config('pg_trgm.similarity_threshold', $1, true);");
        threshold.Parameters.Add(new() { Value = _trigramThreshold.ToString(CultureInfo.InvariantCulture) });
        var search = new NpgsqlBatchCommand(
            $"""
            SELECT found.{Columns.Replace(", ", ", found.", StringComparison.Ordinal)}, query.position
            FROM unnest($1::text[]) WITH ORDINALITY AS query(text, position)
            CROSS JOIN LATERAL (
                SELECT {Columns}, similarity(source_match, query.text) AS similarity FROM memory_units
                WHERE source_match % query.text AND scope = $2 AND source_primary = $3 AND target_primary = $4
                ORDER BY similarity DESC, row_id DESC LIMIT $5) AS found
            ORDER BY query.position, found.similarity DESC, found.row_id DESC;
            """);
        search.Parameters.Add(new() { Value = segments.Select(s => MatchText(s)).ToArray() });
        search.Parameters.Add(new() { Value = scope.Name });
        search.Parameters.Add(new() { Value = direction.Source.Language });
        search.Parameters.Add(new() { Value = direction.Target.Language });
        search.Parameters.Add(new() { Value = limit });
        batch.BatchCommands.Add(threshold);
        batch.BatchCommands.Add(search);

        var results = segments.Select(_ => new List<TranslationUnit>()).ToArray();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results[(int)reader.GetInt64(12) - 1].Add(Read(reader, scope));
        }

        return (IReadOnlyList<IReadOnlyList<TranslationUnit>>)results;
    });

    public Task<IReadOnlyList<StoredUnit>> UpsertAsync(MemoryScope scope, IReadOnlyList<TranslationUnitDraft> drafts, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = new List<StoredUnit>(drafts.Count);
        foreach (var chunk in drafts.Chunk(UpsertChunk))
        {
            stored.AddRange(await UpsertChunkAsync(connection, transaction, scope, chunk, cancellationToken).ConfigureAwait(false));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<StoredUnit>)stored;
    });

    public Task<TranslationUnit?> DeleteAsync(MemoryScope scope, string id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM memory_units WHERE scope = $1 AND id = $2 RETURNING {Columns};");
        command.Parameters.Add(new() { Value = scope.Name });
        command.Parameters.Add(new() { Value = id });
        return (await ReadRowsAsync(command, scope, 0, cancellationToken).ConfigureAwait(false)).Select(r => r.Unit).SingleOrDefault();
    });

    public Task<MemoryPage> ListAsync(MemoryScope scope, MemoryListFilter filter, int pageSize, string? pageToken, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var after = MemoryPageTokens.Read(pageToken);
        var (column, value) = filter.ArticleId is { } article ? ("article_id", article) : ("author", filter.Author!);
        await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM memory_units WHERE scope = $1 AND {column} = $2 AND row_id > $3 ORDER BY row_id LIMIT $4;");
        command.Parameters.Add(new() { Value = scope.Name });
        command.Parameters.Add(new() { Value = value });
        command.Parameters.Add(new() { Value = after });
        command.Parameters.Add(new() { Value = pageSize + 1 });
        var rows = await ReadRowsAsync(command, scope, 0, cancellationToken).ConfigureAwait(false);
        return rows.Count > pageSize
            ? new MemoryPage([.. rows.Take(pageSize).Select(r => r.Unit)], MemoryPageTokens.Write(rows[pageSize - 1].Row))
            : new MemoryPage([.. rows.Select(r => r.Unit)], null);
    });

    public async IAsyncEnumerable<TranslationUnit> ExportAsync(MemoryScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = await GuardAsync(async () =>
            {
                await using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM memory_units WHERE scope = $1 AND row_id > $2 ORDER BY row_id LIMIT {ExportPage};");
                command.Parameters.Add(new() { Value = scope.Name });
                command.Parameters.Add(new() { Value = after });
                return await ReadRowsAsync(command, scope, 0, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            foreach (var (unit, _) in page)
            {
                yield return unit;
            }

            if (page.Count < ExportPage)
            {
                yield break;
            }

            after = page[^1].Row;
        }
    }

    public Task<MemoryStatistics> DescribeAsync(MemoryScope scope, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var command = _dataSource.CreateCommand("SELECT source_language, count(*) FROM memory_units WHERE scope = $1 GROUP BY source_language ORDER BY source_language;");
        command.Parameters.Add(new() { Value = scope.Name });
        long total = 0;
        var languages = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            languages.Add(reader.GetString(0));
            total += reader.GetInt64(1);
        }

        return new MemoryStatistics(total, languages);
    });

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaMigration.FromResources(typeof(PostgresMemoryStore).Assembly);

    /// <summary>
    /// One statement for the chunk: new sources are inserted, known ones updated when the draft is at
    /// least as recent (<c>xmax = 0</c> tells an inserted row from an updated one); what neither
    /// touched is read back as kept.
    /// </summary>
    private static async Task<List<StoredUnit>> UpsertChunkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MemoryScope scope, TranslationUnitDraft[] drafts, CancellationToken cancellationToken)
    {
        var keys = drafts.Select(d => SegmentKey.Of(d.SourceText)).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var upsert = new NpgsqlCommand(
            $"""
            INSERT INTO memory_units (scope, id, source_language, target_language, source_primary, target_primary, source_hash, source_text, target_text, source_match, article_id, element, author, origin, created_at, changed_at)
            SELECT $1,
                CASE WHEN input.preferred IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memory_units existing WHERE existing.scope = $1 AND existing.id = input.preferred) THEN input.preferred ELSE input.fresh END,
                input.sl, input.tl, input.sp, input.tp, input.hash, input.source, input.target, input.match, input.article, input.element, input.author, input.origin, input.created, input.changed
            FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bytea[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::smallint[], $16::timestamptz[], $17::timestamptz[])
                AS input(fresh, preferred, sl, tl, sp, tp, hash, source, target, match, article, element, author, origin, created, changed)
            ON CONFLICT (scope, source_hash, source_language, target_language) DO UPDATE SET
                source_text = EXCLUDED.source_text, target_text = EXCLUDED.target_text, source_match = EXCLUDED.source_match,
                article_id = EXCLUDED.article_id, element = EXCLUDED.element, author = EXCLUDED.author, origin = EXCLUDED.origin, changed_at = EXCLUDED.changed_at
                WHERE EXCLUDED.changed_at >= memory_units.changed_at
            RETURNING {Columns}, (xmax = 0) AS inserted, source_hash;
            """,
            connection,
            transaction);
        upsert.Parameters.Add(new() { Value = scope.Name });
        upsert.Parameters.Add(new() { Value = drafts.Select(_ => MemoryIds.New()).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.PreferredId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.SourceLanguage.Value).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.TargetLanguage.Value).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.SourceLanguage.Language).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.TargetLanguage.Language).ToArray() });
        upsert.Parameters.Add(new() { Value = keys.Select(k => k.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.SourceText).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.TargetText).ToArray() });
        upsert.Parameters.Add(new() { Value = keys.Select(MatchText).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.ArticleId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.Element).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => d.Author).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => (short)d.Origin).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => (d.CreatedAt ?? d.ChangedAt ?? now).UtcDateTime).ToArray() });
        upsert.Parameters.Add(new() { Value = drafts.Select(d => (d.ChangedAt ?? now).UtcDateTime).ToArray() });

        var written = new Dictionary<(string, string, string), StoredUnit>();
        await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var unit = Read(reader, scope);
                var key = (Convert.ToHexString(reader.GetFieldValue<byte[]>(13)), unit.SourceLanguage.Value, unit.TargetLanguage.Value);
                written[key] = new StoredUnit(unit, reader.GetBoolean(12) ? StoreOutcome.Added : StoreOutcome.Updated);
            }
        }

        var kept = new Dictionary<(string, string, string), StoredUnit>();
        var missing = drafts.Select((d, i) => (Draft: d, Key: KeyOf(keys[i], d))).Where(d => !written.ContainsKey(d.Key)).ToList();
        if (missing.Count > 0)
        {
            await using var find = new NpgsqlCommand(
                $"""
                SELECT {Columns}, source_hash FROM memory_units
                WHERE scope = $1 AND (source_hash, source_language, target_language) IN (SELECT * FROM unnest($2::bytea[], $3::text[], $4::text[]));
                """,
                connection,
                transaction);
            find.Parameters.Add(new() { Value = scope.Name });
            find.Parameters.Add(new() { Value = missing.Select(m => Convert.FromHexString(m.Key.Item1)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            find.Parameters.Add(new() { Value = missing.Select(m => m.Key.Item2).ToArray() });
            find.Parameters.Add(new() { Value = missing.Select(m => m.Key.Item3).ToArray() });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var unit = Read(reader, scope);
                kept[(Convert.ToHexString(reader.GetFieldValue<byte[]>(12)), unit.SourceLanguage.Value, unit.TargetLanguage.Value)] = new StoredUnit(unit, StoreOutcome.KeptNewer);
            }
        }

        return [.. drafts.Select((d, i) => KeyOf(keys[i], d)).Select(key => written.TryGetValue(key, out var w) ? w : kept[key])];
    }

    private static (string, string, string) KeyOf(SegmentKey key, TranslationUnitDraft draft) =>
        (Convert.ToHexString(key.Hash), draft.SourceLanguage.Value, draft.TargetLanguage.Value);

    /// <summary>What the trigram index reads: the normalized source in lower case.</summary>
    private static string MatchText(SegmentKey key) => key.Normalized.ToLowerInvariant();

    private static async Task<List<(TranslationUnit Unit, long Row)>> ReadRowsAsync(NpgsqlCommand command, MemoryScope scope, int offset, CancellationToken cancellationToken)
    {
        var rows = new List<(TranslationUnit, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((Read(reader, scope, offset), reader.GetInt64(offset)));
        }

        return rows;
    }

    private static TranslationUnit Read(NpgsqlDataReader reader, MemoryScope scope, int offset = 0) => new(
        reader.GetString(offset + 1),
        scope,
        LanguageTag.Parse(reader.GetString(offset + 2)),
        LanguageTag.Parse(reader.GetString(offset + 3)),
        reader.GetString(offset + 4),
        reader.GetString(offset + 5),
        reader.IsDBNull(offset + 6) ? null : reader.GetString(offset + 6),
        reader.IsDBNull(offset + 7) ? null : reader.GetString(offset + 7),
        reader.IsDBNull(offset + 8) ? null : reader.GetString(offset + 8),
        (MemoryOrigin)reader.GetInt16(offset + 9),
        new DateTimeOffset(reader.GetFieldValue<DateTime>(offset + 10), TimeSpan.Zero),
        new DateTimeOffset(reader.GetFieldValue<DateTime>(offset + 11), TimeSpan.Zero));

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or SocketException or IOException)
        {
            // Idle pooled connections to a server that went away are dead too: without this each would fail once after it is back.
            _dataSource.Clear();

            // Npgsql's messages name the server and the error, never the password.
            throw new MemoryStoreException(Name, $"{exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
