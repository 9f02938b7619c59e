using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Memory.Postgres;

/// <summary>The shared PostgreSQL memory (<c>NewsLingo:Memory:Postgres</c>).</summary>
public sealed class PostgresMemoryStoreOptions
{
    public const string SectionName = "NewsLingo:Memory:Postgres";

    /// <summary>
    /// Npgsql connection string (<c>Host=db;Database=newslingo;Username=newslingo;Password=…</c>). A
    /// secret: set it in the environment (<c>NewsLingo__Memory__Postgres__ConnectionString</c>); it is
    /// never logged. Without a <c>Timeout</c> of its own, connecting gives up after 5 s.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Lowest pg_trgm similarity (0–1) of a fuzzy candidate the index returns for scoring: below the
    /// word-level threshold, since trigram and word scores differ. Default 0.4.
    /// </summary>
    [Range(0.05, 1.0)]
    public double TrigramThreshold { get; set; } = 0.4;
}
