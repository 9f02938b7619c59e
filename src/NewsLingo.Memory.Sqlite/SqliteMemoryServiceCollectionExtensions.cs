using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Memory;

namespace NewsLingo.Memory.Sqlite;

/// <summary>Registers the SQLite memory store under its name, created only when the deployment chooses it.</summary>
public static class SqliteMemoryServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteMemoryStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteMemoryStoreOptions>().BindConfiguration(SqliteMemoryStoreOptions.SectionName);
        services.AddKeyedSingleton<ITranslationMemoryStore, SqliteMemoryStore>(MemoryStores.Sqlite);
        return services;
    }
}
