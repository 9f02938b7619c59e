using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory;
using NewsLingo.Memory.Postgres;
using NewsLingo.Memory.Sqlite;

namespace NewsLingo.Server.Memory;

/// <summary>Registers the translation memory (its stores, options, start-up migration, health) and MemoryService's helpers.</summary>
public static class MemoryExtensions
{
    public static WebApplicationBuilder AddNewsLingoMemory(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTranslationMemory();
        services.AddSqliteMemoryStore();
        services.AddPostgresMemoryStore();
        services.AddSingleton<IValidateOptions<TranslationMemoryOptions>, MemoryOptionsValidator>();
        services.AddSingleton<CallerScope>();
        services.AddSingleton<MemoryRequestReader>();
        services.AddHostedService<MemoryStartup>();
        services.AddHealthChecks().AddCheck<MemoryHealthCheck>("memory");
        return builder;
    }
}
