namespace NewsLingo.Core.Memory;

/// <summary>The store names <see cref="TranslationMemoryOptions.Store"/> accepts.</summary>
public static class MemoryStores
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static IReadOnlyList<string> All { get; } = [Sqlite, Postgres];
}
