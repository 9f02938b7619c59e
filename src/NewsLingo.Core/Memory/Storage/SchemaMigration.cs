using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Memory;

/// <summary>
/// One versioned step of a store's schema: a SQL script embedded in the store's assembly as
/// <c>Migrations/NNNN_name.sql</c>. Versions apply in order, each once, recorded in the store's
/// <c>schema_migrations</c> table; a released script never changes (a fix is a new version).
/// </summary>
public sealed partial record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded in <paramref name="assembly"/> under a Migrations folder, by version.</summary>
    public static IReadOnlyList<SchemaMigration> FromResources(Assembly assembly)
    {
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new SchemaMigration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? [.. migrations.OrderBy(m => m.Version)]
            : throw new InvalidOperationException($"Two migrations have version {duplicate.Key} in {assembly.GetName().Name}.");
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();
}
