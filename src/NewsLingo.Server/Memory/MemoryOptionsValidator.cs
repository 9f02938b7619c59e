using Microsoft.Extensions.Options;
using NewsLingo.Core.Memory;
using NewsLingo.Memory.Postgres;
using NewsLingo.Memory.Sqlite;
using NewsLingo.Server.Security;
using Npgsql;

namespace NewsLingo.Server.Memory;

/// <summary>
/// What <see cref="TranslationMemoryOptions"/> must agree with elsewhere, checked at start-up: the
/// chosen store's settings and the API keys its scopes name. Never echoes the connection string.
/// (A TMX file is also bounded by the transport's receive limit, which refuses a larger message first.)
/// </summary>
public sealed class MemoryOptionsValidator(
    IOptions<SqliteMemoryStoreOptions> sqlite,
    IOptions<PostgresMemoryStoreOptions> postgres,
    IOptions<AuthOptions> auth) : IValidateOptions<TranslationMemoryOptions>
{
    public ValidateOptionsResult Validate(string? name, TranslationMemoryOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.Equals(options.Store, MemoryStores.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            CheckConnectionString(postgres.Value.ConnectionString, failures);
        }
        else if (string.IsNullOrWhiteSpace(sqlite.Value.Path))
        {
            failures.Add($"{SqliteMemoryStoreOptions.SectionName}:Path is empty; name the SQLite file, or leave it unset for {SqliteMemoryStoreOptions.DefaultPath}.");
        }

        if (auth.Value.Enabled)
        {
            var keys = auth.Value.Keys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
            failures.AddRange(options.Scopes.Keys.Where(k => !keys.Contains(k)).Select(k => $"{TranslationMemoryOptions.SectionName}:Scopes:{k} names no API key of {AuthOptions.SectionName}:Keys."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckConnectionString(string connectionString, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"{TranslationMemoryOptions.SectionName}:Store is postgres but {PostgresMemoryStoreOptions.SectionName}:ConnectionString is empty; set NewsLingo__Memory__Postgres__ConnectionString in the environment.");
            return;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // The builder's message may quote the string, and the string holds the password.
            failures.Add($"{PostgresMemoryStoreOptions.SectionName}:ConnectionString is not a valid Npgsql connection string (Host=…;Database=…;Username=…;Password=…).");
        }
    }
}
