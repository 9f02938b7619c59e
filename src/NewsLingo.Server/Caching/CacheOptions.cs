using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Caching;

/// <summary>
/// The translation and summary cache: in memory by default, with Redis as a shared second level
/// when <see cref="Redis"/> is set. Translations are kept in memory under their exact inputs and in Redis under a SHA-256 of them.
/// </summary>
public sealed class CacheOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Cache";

    /// <summary>Cache translations and summaries. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an entry lives (in Redis and in memory). Default 7 days: news is rarely re-translated after a week.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long an entry stays in this process's memory. Default 1 hour.</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most memory the in-process level of translations may hold, in MiB. Default 256.</summary>
    [Range(1, 1024 * 1024)]
    public int LocalMaxMegabytes { get; set; } = 256;

    /// <summary>StackExchange.Redis connection string ("redis:6379,password=…"); empty (default) keeps the cache in memory only.</summary>
    public string? Redis { get; set; }

    /// <summary>Timeout of one Redis operation; a slower Redis counts as down. Default 1 second.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After Redis fails, how long it is bypassed before being tried again. Default 30 seconds.</summary>
    public TimeSpan RedisRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest cached value in bytes (HybridCache refuses larger ones). Default 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaximumEntryBytes { get; set; } = 1024 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Expiration <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:Expiration must be positive.", [nameof(Expiration)]);
        }

        if (LocalExpiration <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:LocalExpiration must be positive.", [nameof(LocalExpiration)]);
        }

        if (RedisTimeout <= TimeSpan.Zero || RedisRetryInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:RedisTimeout and {SectionName}:RedisRetryInterval must be positive.", [nameof(RedisTimeout)]);
        }
    }
}
