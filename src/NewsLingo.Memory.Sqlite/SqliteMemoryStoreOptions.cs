namespace NewsLingo.Memory.Sqlite;

/// <summary>Where the SQLite memory lives (<c>NewsLingo:Memory:Sqlite</c>).</summary>
public sealed class SqliteMemoryStoreOptions
{
    public const string SectionName = "NewsLingo:Memory:Sqlite";

    /// <summary>
    /// The database file; created with its directory at start-up. Default
    /// <c>$XDG_DATA_HOME/NewsLingo/memory.db</c> (<c>~/.local/share/NewsLingo/memory.db</c> on Linux),
    /// so the server keeps its memory across restarts with no setup. A relative path is the server's
    /// working directory's.
    /// </summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a write waits for another writer (another process on the same file). Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public static string DefaultPath
    {
        get
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return System.IO.Path.Combine(string.IsNullOrEmpty(data) ? AppContext.BaseDirectory : data, "NewsLingo", "memory.db");
        }
    }
}
