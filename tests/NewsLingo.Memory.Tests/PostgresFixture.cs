using Microsoft.Extensions.Options;
using NewsLingo.Memory.Postgres;
using NewsLingo.Testing;

namespace NewsLingo.Memory.Tests;

/// <summary>
/// One PostgreSQL server for the PostgreSQL tests; each test gets a database of its own. When
/// PostgreSQL is not installed the tests fail with the reason (the fixture does not skip).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private int _databases;

    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    public async Task<string> NewDatabaseAsync() => await Server.CreateDatabaseAsync($"memory_{Interlocked.Increment(ref _databases)}");

    public static PostgresMemoryStore Store(string connectionString) =>
        new(Options.Create(new PostgresMemoryStoreOptions { ConnectionString = connectionString }));
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
