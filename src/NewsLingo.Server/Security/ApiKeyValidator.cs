using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsLingo.Server.Security;

/// <summary>Finds which configured key a presented key is, comparing SHA-256 digests in constant time.</summary>
public sealed class ApiKeyValidator(IOptions<AuthOptions> options)
{
    private readonly IReadOnlyList<(string Name, byte[] Hash)> _keys =
        options.Value.Keys.Select(k => (k.Name, Convert.FromHexString(k.Sha256))).ToList();

    /// <summary>The key's name, or null when it matches none.</summary>
    public string? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? match = null;

        // Every key is compared, and each comparison takes the same time, so timing reveals nothing.
        foreach (var (name, expected) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                match = name;
            }
        }

        return match;
    }
}
