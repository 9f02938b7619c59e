using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory;
using NewsLingo.Memory.Sqlite;

namespace NewsLingo.Server.Memory;

/// <summary>
/// Creates or migrates the memory's schema when the server starts and says where the memory is. A
/// store that cannot be reached does not stop the server: it starts Degraded and migrates on the
/// first operation that finds the store back.
/// </summary>
public sealed partial class MemoryStartup(TranslationMemory memory, IOptions<SqliteMemoryStoreOptions> sqlite, ILogger<MemoryStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!memory.IsEnabled)
        {
            LogOff(logger);
            return;
        }

        var where = memory.StoreName == MemoryStores.Sqlite ? Path.GetFullPath(sqlite.Value.Path) : "the configured PostgreSQL database";
        if (await memory.EnsureReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            LogReady(logger, memory.StoreName, where);
        }
        else
        {
            LogNotReady(logger, memory.StoreName, where);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Translation memory: {Store} at {Where}")]
    private static partial void LogReady(ILogger logger, string store, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Translation memory: {Store} at {Where} cannot be reached; serving without it (health Degraded) until it can")]
    private static partial void LogNotReady(ILogger logger, string store, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "Translation memory: off (NewsLingo:Memory:Enabled = false)")]
    private static partial void LogOff(ILogger logger);
}
