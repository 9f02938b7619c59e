using System.Diagnostics.CodeAnalysis;

namespace NewsLingo.Core.Memory;

/// <summary>
/// Whose memory an entry belongs to: a desk or a tenant. A deployment maps API key names to scopes;
/// with authentication off every caller shares <see cref="Default"/>. Every store operation takes a
/// scope and never reads or writes outside it.
/// </summary>
public readonly record struct MemoryScope
{
    /// <summary>The longest scope name: it is stored beside every entry.</summary>
    public const int MaxLength = 100;

    private MemoryScope(string name) => Name = name;

    /// <summary>The one scope of a deployment without API keys.</summary>
    public static MemoryScope Default { get; } = new("default");

    /// <summary>Letters, digits, '.', '_' and '-', 1 to <see cref="MaxLength"/> characters, case-sensitive.</summary>
    public string Name { get; }

    public static bool TryParse([NotNullWhen(true)] string? name, out MemoryScope scope)
    {
        scope = default;
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            return false;
        }

        scope = new MemoryScope(name);
        return true;
    }

    public static MemoryScope Parse(string name) =>
        TryParse(name, out var scope) ? scope : throw new FormatException($"'{name}' is not a memory scope: use 1 to {MaxLength} letters, digits, '.', '_' or '-'.");

    public override string ToString() => Name ?? string.Empty;
}
