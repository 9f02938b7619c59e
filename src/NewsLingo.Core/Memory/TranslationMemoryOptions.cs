using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Core.Memory;

/// <summary>
/// The translation memory (<c>NewsLingo:Memory</c>): on by default, in a SQLite file; PostgreSQL
/// for several instances. The stores' own settings are in <c>NewsLingo:Memory:Sqlite</c> and
/// <c>NewsLingo:Memory:Postgres</c>.
/// </summary>
public sealed class TranslationMemoryOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Memory";

    /// <summary>Keep and serve the memory. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>sqlite</c> (default: one file, this instance) or <c>postgres</c> (shared by every instance).</summary>
    public string Store { get; set; } = MemoryStores.Sqlite;

    /// <summary>Lowest score (0–1, <see cref="FuzzySimilarity"/>) a fuzzy match must reach. Default 0.75.</summary>
    [Range(0.5, 1.0)]
    public double FuzzyThreshold { get; set; } = 0.75;

    /// <summary>Fuzzy matches reported per segment, best first. Default 3.</summary>
    [Range(1, 20)]
    public int MaxFuzzyMatches { get; set; } = 3;

    /// <summary>Candidates a store retrieves per segment for scoring. Default 20.</summary>
    [Range(1, 500)]
    public int MaxFuzzyCandidates { get; set; } = 20;

    /// <summary>Longest a lookup may wait for the store before it counts as a miss and the store as down. Default 2 s.</summary>
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After a store failure, how long lookups skip it (misses at once) before trying again. Default 30 s.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>API key name → memory scope: keys that share a memory name the same scope. A key not listed has a scope of its own, named as the key.</summary>
    public Dictionary<string, string> Scopes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Corrections (pairs) in one AddCorrections call. Default 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxEntriesPerRequest { get; set; } = 1000;

    /// <summary>Characters of one source or target segment. Default 10,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxSegmentCharacters { get; set; } = 10_000;

    /// <summary>Bytes of one TMX file in ImportTmx. Default 16 MiB (JSON carries it in base64: a third more).</summary>
    [Range(1024, int.MaxValue)]
    public int MaxTmxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Translation units of one TMX file. Default 200,000.</summary>
    [Range(1, 10_000_000)]
    public int MaxTmxUnits { get; set; } = 200_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MemoryStores.All.Contains(Store, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"{SectionName}:Store = '{Store}' is not a memory store; use {string.Join(" or ", MemoryStores.All)}.", [nameof(Store)]);
        }

        if (LookupTimeout <= TimeSpan.Zero || RetryInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:LookupTimeout and RetryInterval must be positive.", [nameof(LookupTimeout)]);
        }

        foreach (var (key, scope) in Scopes)
        {
            if (!MemoryScope.TryParse(scope, out _))
            {
                yield return new ValidationResult($"{SectionName}:Scopes:{key} = '{scope}' is not a scope name: use 1 to {MemoryScope.MaxLength} letters, digits, '.', '_' or '-'.", [nameof(Scopes)]);
            }
        }
    }
}
