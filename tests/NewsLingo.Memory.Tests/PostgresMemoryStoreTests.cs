using NewsLingo.Core.Memory;
using Npgsql;

namespace NewsLingo.Memory.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMemoryStoreTests(PostgresFixture postgres) : TranslationMemoryBehaviour
{
    private readonly Dictionary<MemoryStoreHarness, string> _databases = [];

    protected override async Task<MemoryStoreHarness> CreateAsync(TranslationMemoryOptions? options = null)
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var store = PostgresFixture.Store(connectionString);
        var harness = new MemoryStoreHarness(store, store.DisposeAsync, options);
        _databases[harness] = connectionString;
        return harness;
    }

    protected override Task<ITranslationMemoryStore> CreateTwinAsync(MemoryStoreHarness harness) =>
        Task.FromResult<ITranslationMemoryStore>(PostgresFixture.Store(_databases[harness]));

    protected override async Task<IReadOnlyList<int>> AppliedVersionsAsync(MemoryStoreHarness harness)
    {
        await using var connection = new NpgsqlConnection(_databases[harness]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations ORDER BY version;", connection);
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    [Fact]
    public async Task An_outage_costs_lookups_not_answers_refuses_writes_and_recovers()
    {
        await using var server = await NewsLingo.Testing.PostgresServer.StartAsync();
        var store = PostgresFixture.Store(await server.CreateDatabaseAsync("outage"));
        var logs = new CollectingLogs();
        // A generous lookup timeout: this test is about the outage and the recovery, not about a slow server.
        await using var harness = new MemoryStoreHarness(store, store.DisposeAsync, new TranslationMemoryOptions { LookupTimeout = TimeSpan.FromSeconds(30) }, logs);
        await harness.Memory.StoreAsync(Desk, [Correction("Le budget est adopté.", "The budget is passed.")], default);
        Assert.True(await harness.Memory.ProbeAsync(default));

        await server.StopAsync();
        var during = new List<MemoryLookup>();
        for (var i = 0; i < 3; i++)
        {
            during.AddRange(await harness.Memory.LookupAsync(Desk, FrenchToEnglish, ["Le budget est adopté."], default));
        }

        var write = await Assert.ThrowsAsync<MemoryUnavailableException>(() => harness.Memory.StoreAsync(Desk, [Correction("Le budget est rejeté.", "The budget is rejected.")], default));
        Assert.All(during, l => Assert.True(l.IsMiss));
        Assert.True(harness.Memory.IsDown);
        Assert.Equal(1, logs.Count("unavailable"));
        Assert.Contains("postgres", write.Message, StringComparison.Ordinal);

        await server.RestartAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        var after = await harness.Memory.LookupAsync(Desk, FrenchToEnglish, ["Le budget est adopté."], default);

        Assert.True(after[0].Exact is not null, $"no exact match after the restart; the memory's last error: {harness.Memory.LastError}");
        Assert.Equal("The budget is passed.", after[0].Exact!.TargetText);
        Assert.False(harness.Memory.IsDown);
    }
}
