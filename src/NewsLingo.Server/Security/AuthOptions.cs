using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsLingo.Server.Security;

/// <summary>
/// API keys and per-key limits for the newslingo.v1 services (health, reflection, /healthz and
/// /metrics stay open). Off by default so the service runs with nothing configured.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Auth";

    /// <summary>Require an API key (x-api-key or Authorization: Bearer). Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Accepted keys, by name and SHA-256.</summary>
    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>Calls one key may make per <see cref="Window"/>. Default 600.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>The rate-limit window. Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Calls (including open streams) one key may have in flight. Default 16.</summary>
    [Range(1, int.MaxValue)]
    public int MaxConcurrentCalls { get; set; } = 16;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Window <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:Window must be positive.", [nameof(Window)]);
        }

        if (Enabled && Keys.Count == 0)
        {
            yield return new ValidationResult($"{SectionName}:Enabled is true but {SectionName}:Keys is empty: no caller could get in.", [nameof(Keys)]);
        }

        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var setting = string.Create(CultureInfo.InvariantCulture, $"{SectionName}:Keys:{i}");
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                yield return new ValidationResult($"{setting}:Name is required.", [nameof(Keys)]);
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                yield return new ValidationResult($"{setting}:Sha256 must be 64 hex digits (printf %s KEY | sha256sum).", [nameof(Keys)]);
            }

            if (key.PermitsPerWindow is < 1 || key.MaxConcurrentCalls is < 1)
            {
                yield return new ValidationResult($"{setting}: PermitsPerWindow and MaxConcurrentCalls must be at least 1.", [nameof(Keys)]);
            }
        }

        foreach (var duplicate in Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"{SectionName}:Keys names '{duplicate.Key}' more than once.", [nameof(Keys)]);
        }
    }
}
