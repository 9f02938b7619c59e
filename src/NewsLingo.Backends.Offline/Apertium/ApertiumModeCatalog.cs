using System.Collections.Frozen;
using System.Globalization;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// The directions the installed Apertium pairs give: one per <c>source-target.mode</c> file in the
/// modes directory (variants such as <c>eng-cat_valencia</c> or three-part debug modes are left out),
/// plus two-stage routes through a pivot language for directions no pair covers directly.
/// </summary>
public sealed class ApertiumModeCatalog
{
    private readonly FrozenDictionary<LanguageDirection, ApertiumRoute> _routes;

    private ApertiumModeCatalog(IReadOnlyList<ApertiumMode> modes, FrozenDictionary<LanguageDirection, ApertiumRoute> routes)
    {
        Modes = modes;
        _routes = routes;
        Directions = [.. routes.Keys.OrderBy(d => d.ToString(), StringComparer.Ordinal)];
    }

    public IReadOnlyList<ApertiumMode> Modes { get; }

    public IReadOnlyCollection<LanguageDirection> Directions { get; }

    public bool TryGetRoute(LanguageDirection direction, out ApertiumRoute route)
    {
        var bare = new LanguageDirection(LanguageTag.Parse(direction.Source.Language), LanguageTag.Parse(direction.Target.Language));
        return _routes.TryGetValue(bare, out route!);
    }

    public static ApertiumModeCatalog Discover(string modesDirectory, IReadOnlyList<string> pivotLanguages)
    {
        var modes = new List<ApertiumMode>();
        if (Directory.Exists(modesDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(modesDirectory, "*.mode").Order(StringComparer.Ordinal))
            {
                if (TryReadModeName(Path.GetFileNameWithoutExtension(path), out var direction))
                {
                    modes.Add(new ApertiumMode(Path.GetFileNameWithoutExtension(path), direction, path));
                }
            }
        }

        var routes = new Dictionary<LanguageDirection, ApertiumRoute>();
        foreach (var mode in modes)
        {
            // Two files for one direction (fr-es and fra-spa): the first in name order serves.
            routes.TryAdd(mode.Direction, new ApertiumRoute(mode.Direction, [mode]));
        }

        foreach (var pivot in pivotLanguages.Select(LanguageTag.Parse))
        {
            foreach (var first in modes.Where(m => m.Direction.Target == pivot))
            {
                foreach (var second in modes.Where(m => m.Direction.Source == pivot && m.Direction.Target != first.Direction.Source))
                {
                    var direction = new LanguageDirection(first.Direction.Source, second.Direction.Target);
                    routes.TryAdd(direction, new ApertiumRoute(direction, [first, second]));
                }
            }
        }

        return new ApertiumModeCatalog(modes, routes.ToFrozenDictionary());
    }

    /// <summary>"fr-es" or "fra-cat" → fr→es, fr→ca; "eng-cat_valencia", "cat-eng_US", "eco-fr-es" → none.</summary>
    internal static bool TryReadModeName(string name, out LanguageDirection direction)
    {
        direction = default;
        var parts = name.Split('-');
        if (parts.Length != 2 || !TryLanguage(parts[0], out var source) || !TryLanguage(parts[1], out var target) || source == target)
        {
            return false;
        }

        direction = new LanguageDirection(source, target);
        return true;
    }

    /// <summary>Apertium names languages by ISO 639-1 or 639-3 code; BCP-47 wants the shortest.</summary>
    private static bool TryLanguage(string code, out LanguageTag language)
    {
        language = default;
        if (code.Length == 2 && LanguageTag.TryParse(code, out language))
        {
            return true;
        }

        return code.Length == 3 && ThreeLetterCodes.TryGetValue(code, out var twoLetter) && LanguageTag.TryParse(twoLetter, out language);
    }

    private static readonly FrozenDictionary<string, string> ThreeLetterCodes = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Where(c => c.TwoLetterISOLanguageName.Length == 2 && c.ThreeLetterISOLanguageName.Length == 3)
        .GroupBy(c => c.ThreeLetterISOLanguageName, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().TwoLetterISOLanguageName, StringComparer.Ordinal);
}
