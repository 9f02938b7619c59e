using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Security;

/// <summary>One API key, stored as the SHA-256 of the key (hex), never the key itself.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key: the rate-limit partition and the name in logs and metrics.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>Hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    [Required]
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Overrides <see cref="AuthOptions.PermitsPerWindow"/> for this key.</summary>
    public int? PermitsPerWindow { get; set; }

    /// <summary>Overrides <see cref="AuthOptions.MaxConcurrentCalls"/> for this key.</summary>
    public int? MaxConcurrentCalls { get; set; }
}
