using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Memory;

namespace NewsLingo.Memory.Postgres;

/// <summary>Registers the PostgreSQL memory store under its name, created only when the deployment chooses it.</summary>
public static class PostgresMemoryServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresMemoryStore(this IServiceCollection services)
    {
        services.AddOptions<PostgresMemoryStoreOptions>().BindConfiguration(PostgresMemoryStoreOptions.SectionName).ValidateDataAnnotations();
        services.AddKeyedSingleton<ITranslationMemoryStore, PostgresMemoryStore>(MemoryStores.Postgres);
        return services;
    }
}
