using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory;
using NewsLingo.Memory.Sqlite;

namespace NewsLingo.Memory.Tests;

public sealed class SqliteMemoryStoreTests : TranslationMemoryBehaviour
{
    protected override Task<MemoryStoreHarness> CreateAsync(TranslationMemoryOptions? options = null)
    {
        var directory = Directory.CreateTempSubdirectory("newslingo-memory-");
        var store = Store(Path.Combine(directory.FullName, "memory.db"));
        return Task.FromResult(new MemoryStoreHarness(store, () =>
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }, options));
    }

    protected override Task<ITranslationMemoryStore> CreateTwinAsync(MemoryStoreHarness harness) =>
        Task.FromResult<ITranslationMemoryStore>(Store(((SqliteMemoryStore)harness.Store).DatabasePath));

    protected override async Task<IReadOnlyList<int>> AppliedVersionsAsync(MemoryStoreHarness harness)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteMemoryStore)harness.Store).DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version;";
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    [Fact]
    public async Task The_file_is_created_with_its_directory_in_write_ahead_log_mode()
    {
        var directory = Directory.CreateTempSubdirectory("newslingo-memory-");
        try
        {
            var path = Path.Combine(directory.FullName, "nested", "deeper", "memory.db");
            var store = Store(path);

            await store.MigrateAsync(default);

            Assert.True(File.Exists(path));
            await using var connection = new SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_delete_leaves_no_trace_of_the_text_in_the_database_files()
    {
        await using var harness = await CreateAsync();
        const string Secret = "Source confidentielle : le témoin Zébulon Quarantaine a parlé.";
        var others = Enumerable.Range(0, 50).Select(i => Correction($"Autre phrase {i} sans importance.", $"Other sentence {i}.")).ToList();
        await harness.Memory.StoreAsync(Desk, [.. others, Correction(Secret, "Confidential source: the witness Zebulon Quarantaine spoke.")], default);
        var unit = (await harness.Memory.FindExactAsync(Desk, FrenchToEnglish, [Secret], default))[0]!;
        var path = ((SqliteMemoryStore)harness.Store).DatabasePath;
        Assert.True(Contains(path, "Quarantaine"));

        await harness.Memory.DeleteAsync(Desk, unit.Id, default);

        Assert.False(Contains(path, "Quarantaine"));
        Assert.Equal(50, (await harness.Memory.DescribeAsync(Desk, default)).Units);
    }

    [Fact]
    public async Task A_store_that_cannot_open_its_file_costs_lookups_not_answers_and_refuses_writes()
    {
        var directory = Directory.CreateTempSubdirectory("newslingo-memory-");
        try
        {
            // A directory where the file should be: SQLite cannot open it, as with a lost disk.
            var path = Path.Combine(directory.FullName, "memory.db");
            Directory.CreateDirectory(path);
            var logs = new CollectingLogs();
            await using var harness = new MemoryStoreHarness(Store(path), () => ValueTask.CompletedTask, logs: logs);

            var lookups = await harness.Memory.LookupAsync(Desk, FrenchToEnglish, ["Une phrase.", "Une autre."], default);
            var again = await harness.Memory.LookupAsync(Desk, FrenchToEnglish, ["Une phrase."], default);
            var write = await Assert.ThrowsAsync<MemoryUnavailableException>(() => harness.Memory.StoreAsync(Desk, [Correction("Une phrase.", "A sentence.")], default));

            Assert.All(lookups.Concat(again), l => Assert.True(l.IsMiss));
            Assert.True(harness.Memory.IsDown);
            Assert.Equal("MEMORY_UNAVAILABLE", write.Reason);
            Assert.Contains("sqlite", write.Message, StringComparison.Ordinal);
            Assert.Equal(1, logs.Count("unavailable"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static SqliteMemoryStore Store(string path) => new(Options.Create(new SqliteMemoryStoreOptions { Path = path }));

    private static bool Contains(string databasePath, string text)
    {
        SqliteConnection.ClearAllPools();
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal" }
            .Where(File.Exists)
            .Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0);
    }
}
