using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory;

namespace NewsLingo.Memory.Sqlite;

/// <summary>
/// The translation memory in one SQLite file (WAL journal: readers never wait for the writer).
/// Exact matches by the indexed SHA-256 of the normalized source; fuzzy candidates through a word
/// index of its own (<c>memory_words</c>), queried with the query's rarest words only: enough of them
/// that every entry able to reach the threshold shares one (<see cref="FuzzySimilarity.MaxLostTokens"/>),
/// few enough that the posting lists read stay short. Deleted text is overwritten
/// (<c>secure_delete</c>) and the journal truncated after a delete.
/// </summary>
public sealed class SqliteMemoryStore : ITranslationMemoryStore
{
    private const string Columns = "row_id, id, source_language, target_language, source_text, target_text, article_id, element, author, origin, created_at, changed_at";
    private const int ExportPage = 500;
    private const int MaxParameters = 500;

    private readonly string _connectionString;
    private readonly string _path;

    public SqliteMemoryStore(IOptions<SqliteMemoryStoreOptions> options)
    {
        var settings = options.Value;
        _path = Path.GetFullPath(settings.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(settings.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public string Name => MemoryStores.Sqlite;

    /// <summary>The database file.</summary>
    public string DatabasePath => _path;

    public Task MigrateAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using var connection = await OpenAsync(cancellationToken, writing: true).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        // IMMEDIATE takes the write lock first: two processes starting at once apply the scripts one after the other.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<long>();
        await using (var command = Command(connection, transaction, "SELECT version FROM schema_migrations;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt64(0));
            }
        }

        foreach (var migration in Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = Command(connection, transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at);");
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    });

    public Task PingAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "SELECT 1 FROM schema_migrations LIMIT 1;", cancellationToken).ConfigureAwait(false);
        return true;
    });

    public Task<IReadOnlyList<TranslationUnit>> FindExactAsync(MemoryScope scope, LanguageDirection direction, IReadOnlyList<SegmentKey> segments, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var found = new List<TranslationUnit>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in segments.Select(s => s.Hash).Chunk(MaxParameters))
        {
            var names = chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"$h{i}")).ToList();
            await using var command = Command(connection, null, $"SELECT {Columns} FROM memory_units WHERE scope = $scope AND source_hash IN ({string.Join(", ", names)}) AND source_primary = $sp AND target_primary = $tp;");
            AddDirection(command, scope, direction);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            found.AddRange(await ReadUnitsAsync(command, scope, cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<TranslationUnit>)found;
    });

    public Task<IReadOnlyList<IReadOnlyList<TranslationUnit>>> FindCandidatesAsync(
        MemoryScope scope,
        LanguageDirection direction,
        IReadOnlyList<SegmentKey> segments,
        double minimumScore,
        int limit,
        CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var queries = segments.Select(s => WordQuery.Of(s, scope, direction)).ToList();
        var counts = await WordCountsAsync(connection, queries.SelectMany(q => q.Words.Keys).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<IReadOnlyList<TranslationUnit>>(segments.Count);
        foreach (var query in queries)
        {
            var words = query.RarestWords(counts, minimumScore);
            if (words.Count == 0)
            {
                results.Add([]);
                continue;
            }

            var names = words.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"$w{i}")).ToList();
            await using var command = Command(
                connection,
                null,
                $"""
                WITH shared AS (
                    SELECT unit, COUNT(*) AS words FROM memory_words WHERE word IN ({string.Join(", ", names)})
                    GROUP BY unit ORDER BY words DESC, unit DESC LIMIT $limit)
                SELECT {Columns} FROM shared JOIN memory_units ON memory_units.row_id = shared.unit
                WHERE scope = $scope AND source_primary = $sp AND target_primary = $tp
                ORDER BY shared.words DESC, row_id DESC;
                """);
            AddDirection(command, scope, direction);
            command.Parameters.AddWithValue("$limit", limit);
            for (var i = 0; i < words.Count; i++)
            {
                command.Parameters.AddWithValue(names[i], words[i]);
            }

            results.Add(await ReadUnitsAsync(command, scope, cancellationToken).ConfigureAwait(false));
        }

        return (IReadOnlyList<IReadOnlyList<TranslationUnit>>)results;
    });

    public Task<IReadOnlyList<StoredUnit>> UpsertAsync(MemoryScope scope, IReadOnlyList<TranslationUnitDraft> drafts, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var connection = await OpenAsync(cancellationToken, writing: true).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        await using var find = Command(connection, transaction, $"SELECT {Columns} FROM memory_units WHERE scope = $scope AND source_hash = $hash AND source_language = $sl AND target_language = $tl;");
        await using var insert = Command(
            connection,
            transaction,
            $"""
            INSERT INTO memory_units (scope, id, source_language, target_language, source_primary, target_primary, source_hash, source_text, target_text, article_id, element, author, origin, created_at, changed_at)
            VALUES ($scope,
                CASE WHEN $preferred IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memory_units WHERE scope = $scope AND id = $preferred) THEN $preferred ELSE $fresh END,
                $sl, $tl, $sp, $tp, $hash, $source, $target, $article, $element, $author, $origin, $created, $changed)
            RETURNING {Columns};
            """);
        await using var update = Command(
            connection,
            transaction,
            $"""
            UPDATE memory_units SET source_text = $source, target_text = $target, article_id = $article, element = $element, author = $author, origin = $origin, changed_at = $changed
            WHERE row_id = $row RETURNING {Columns};
            """);
        await using var addWord = Command(connection, transaction, "INSERT INTO memory_words (word, unit) VALUES ($word, $unit);");
        await using var countWord = Command(connection, transaction, "INSERT INTO memory_word_counts (word, units) VALUES ($word, 1) ON CONFLICT (word) DO UPDATE SET units = units + 1;");

        var stored = new List<StoredUnit>(drafts.Count);
        foreach (var draft in drafts)
        {
            var key = SegmentKey.Of(draft.SourceText);
            var changed = draft.ChangedAt ?? DateTimeOffset.UtcNow;
            SetParameters(find, ("$scope", scope.Name), ("$hash", key.Hash), ("$sl", draft.SourceLanguage.Value), ("$tl", draft.TargetLanguage.Value));
            var existing = (await ReadRowsAsync(find, scope, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            if (existing.Unit is not null && existing.Unit.ChangedAt > changed)
            {
                stored.Add(new StoredUnit(existing.Unit, StoreOutcome.KeptNewer));
                continue;
            }

            var values = new (string, object?)[]
            {
                ("$source", draft.SourceText), ("$target", draft.TargetText), ("$article", draft.ArticleId), ("$element", draft.Element),
                ("$author", draft.Author), ("$origin", (int)draft.Origin), ("$changed", changed.ToUnixTimeMilliseconds()),
            };
            if (existing.Unit is not null)
            {
                SetParameters(update, [.. values, ("$row", existing.Row)]);
                stored.Add(new StoredUnit((await ReadUnitsAsync(update, scope, cancellationToken).ConfigureAwait(false)).Single(), StoreOutcome.Updated));
                continue;
            }

            SetParameters(
                insert,
                [.. values, ("$scope", scope.Name), ("$preferred", draft.PreferredId), ("$fresh", MemoryIds.New()), ("$sl", draft.SourceLanguage.Value), ("$tl", draft.TargetLanguage.Value),
                    ("$sp", draft.SourceLanguage.Language), ("$tp", draft.TargetLanguage.Language), ("$hash", key.Hash), ("$created", (draft.CreatedAt ?? changed).ToUnixTimeMilliseconds())]);
            var added = (await ReadRowsAsync(insert, scope, cancellationToken).ConfigureAwait(false)).Single();
            foreach (var word in WordQuery.Of(key, scope, draft.Direction).Words.Keys)
            {
                SetParameters(addWord, ("$word", word), ("$unit", added.Row));
                await addWord.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                SetParameters(countWord, ("$word", word));
                await countWord.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            stored.Add(new StoredUnit(added.Unit, StoreOutcome.Added));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<StoredUnit>)stored;
    });

    public Task<TranslationUnit?> DeleteAsync(MemoryScope scope, string id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        TranslationUnit? deleted;
        await using (var connection = await OpenAsync(cancellationToken, writing: true).ConfigureAwait(false))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            await using var delete = Command(connection, transaction, $"DELETE FROM memory_units WHERE scope = $scope AND id = $id RETURNING {Columns};");
            SetParameters(delete, ("$scope", scope.Name), ("$id", id));
            var row = (await ReadRowsAsync(delete, scope, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            deleted = row.Unit;
            if (deleted is null)
            {
                return null;
            }

            await using var words = Command(
                connection,
                transaction,
                """
                UPDATE memory_word_counts SET units = units - 1 WHERE word IN (SELECT word FROM memory_words WHERE unit = $row);
                DELETE FROM memory_word_counts WHERE units <= 0;
                DELETE FROM memory_words WHERE unit = $row;
                """);
            SetParameters(words, ("$row", row.Row));
            await words.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // secure_delete zeroed the row in the database; the write-ahead log still holds the old
            // page until a checkpoint, so copy it back and truncate the log now.
            await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    });

    public Task<MemoryPage> ListAsync(MemoryScope scope, MemoryListFilter filter, int pageSize, string? pageToken, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var after = MemoryPageTokens.Read(pageToken);
        var (column, value) = filter.ArticleId is { } article ? ("article_id", article) : ("author", filter.Author!);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM memory_units WHERE scope = $scope AND {column} = $value AND row_id > $after ORDER BY row_id LIMIT $take;");
        SetParameters(command, ("$scope", scope.Name), ("$value", value), ("$after", after), ("$take", pageSize + 1));
        var rows = await ReadRowsAsync(command, scope, cancellationToken).ConfigureAwait(false);
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
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = Command(connection, null, $"SELECT {Columns} FROM memory_units WHERE scope = $scope AND row_id > $after ORDER BY row_id LIMIT {ExportPage};");
                SetParameters(command, ("$scope", scope.Name), ("$after", after));
                return await ReadRowsAsync(command, scope, cancellationToken).ConfigureAwait(false);
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT source_language, COUNT(*) FROM memory_units WHERE scope = $scope GROUP BY source_language ORDER BY source_language;");
        SetParameters(command, ("$scope", scope.Name));
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

    private static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaMigration.FromResources(typeof(SqliteMemoryStore).Assembly);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool writing = false)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (writing)
        {
            // Deleted and replaced text is overwritten with zeros, not left in free pages: a delete really deletes.
            await ExecuteAsync(connection, null, "PRAGMA secure_delete = ON;", cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw new MemoryStoreException(Name, $"SQLite error {exception.SqliteErrorCode} on {_path}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MemoryStoreException(Name, $"cannot use {_path}: {exception.Message}", exception);
        }
    }

    private static async Task<List<TranslationUnit>> ReadUnitsAsync(SqliteCommand command, MemoryScope scope, CancellationToken cancellationToken) =>
        [.. (await ReadRowsAsync(command, scope, cancellationToken).ConfigureAwait(false)).Select(r => r.Unit)];

    /// <summary>Units with their row ids (keyset paging, the word index): the row id stays out of the domain type.</summary>
    private static async Task<List<(TranslationUnit Unit, long Row)>> ReadRowsAsync(SqliteCommand command, MemoryScope scope, CancellationToken cancellationToken)
    {
        var units = new List<(TranslationUnit, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var unit = new TranslationUnit(
                reader.GetString(1),
                scope,
                LanguageTag.Parse(reader.GetString(2)),
                LanguageTag.Parse(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                (MemoryOrigin)reader.GetInt32(9),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)));
            units.Add((unit, reader.GetInt64(0)));
        }

        return units;
    }

    private static async Task<Dictionary<long, long>> WordCountsAsync(SqliteConnection connection, List<long> words, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<long, long>();
        foreach (var chunk in words.Chunk(MaxParameters))
        {
            var names = chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"$w{i}")).ToList();
            await using var command = Command(connection, null, $"SELECT word, units FROM memory_word_counts WHERE word IN ({string.Join(", ", names)});");
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetInt64(0)] = reader.GetInt64(1);
            }
        }

        return counts;
    }

    private static void AddDirection(SqliteCommand command, MemoryScope scope, LanguageDirection direction)
    {
        command.Parameters.AddWithValue("$scope", scope.Name);
        command.Parameters.AddWithValue("$sp", direction.Source.Language);
        command.Parameters.AddWithValue("$tp", direction.Target.Language);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void SetParameters(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A segment's words as the index keys them, with their occurrences in the segment.</summary>
    private sealed class WordQuery
    {
        private WordQuery(Dictionary<long, int> words, int tokens)
        {
            Words = words;
            Tokens = tokens;
        }

        /// <summary>Key → occurrences of the word in the segment.</summary>
        public Dictionary<long, int> Words { get; }

        /// <summary>Tokens in all (words and signs): the edit budget counts them all.</summary>
        public int Tokens { get; }

        public static WordQuery Of(SegmentKey segment, MemoryScope scope, LanguageDirection direction)
        {
            var words = new Dictionary<long, int>();
            foreach (var token in segment.Tokens.Where(MemoryText.IsWord))
            {
                var key = WordKey(scope, direction, token.ToLowerInvariant());
                words[key] = words.GetValueOrDefault(key) + 1;
            }

            return new WordQuery(words, segment.Tokens.Count);
        }

        /// <summary>
        /// The rarest words whose occurrences exceed what a candidate at the threshold may lose: every
        /// such candidate holds one of them. Words no entry holds come first and cost nothing to ask.
        /// </summary>
        public List<long> RarestWords(Dictionary<long, long> counts, double minimumScore)
        {
            var needed = FuzzySimilarity.MaxLostTokens(Tokens, minimumScore) + 1;
            var chosen = new List<long>();
            var covered = 0;
            foreach (var (word, occurrences) in Words.OrderBy(w => counts.GetValueOrDefault(w.Key)).ThenBy(w => w.Key))
            {
                if (covered >= needed)
                {
                    break;
                }

                covered += occurrences;
                if (counts.GetValueOrDefault(word) > 0)
                {
                    chosen.Add(word);
                }
            }

            return chosen;
        }

        private static long WordKey(MemoryScope scope, LanguageDirection direction, string word)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(Encoding.UTF8.GetBytes($"{scope.Name}\u0000{direction.Source.Language}\u0000{direction.Target.Language}\u0000{word}"), hash);
            return BitConverter.ToInt64(hash);
        }
    }
}
