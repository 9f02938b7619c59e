namespace NewsLingo.Core.Facts;

/// <summary>
/// Pairs each fact of a source with a fact of its translation by value, and lists what is missing.
/// A number matches a number, amount or percentage of the same value; an ordinal also matches the
/// bare number an engine may leave ("1er janvier" → "1 of January"); a date without a year matches
/// the same day with one.
/// </summary>
internal static class FactComparison
{
    /// <summary>The source facts that found no partner, and the pairs that did.</summary>
    public static (List<FactIssue> Issues, List<(Fact Source, Fact Translated)> Pairs) Compare(IReadOnlyList<Fact> source, IReadOnlyList<Fact> translated)
    {
        var used = new bool[translated.Count];
        var issues = new List<FactIssue>();
        var pairs = new List<(Fact, Fact)>();
        foreach (var fact in source)
        {
            var partner = FindPartner(fact, translated, used);
            if (partner >= 0)
            {
                used[partner] = true;
                pairs.Add((fact, translated[partner]));
                continue;
            }

            var sameKind = Nearest(fact, translated, used);
            issues.Add(new FactIssue(fact.Kind, fact.Text, Describe(fact.Key), sameKind?.Text));
        }

        return (issues, pairs);
    }

    private static int FindPartner(Fact fact, IReadOnlyList<Fact> translated, bool[] used)
    {
        // Same kind first, then a compatible one.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < translated.Count; i++)
            {
                if (!used[i] && (pass == 0 ? translated[i].Kind == fact.Kind && Same(fact, translated[i]) : Compatible(fact, translated[i])))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static bool Same(Fact source, Fact translated) =>
        translated.Matches(source.Key) || (source.AlternateKey is { } alternate && translated.Matches(alternate))
        || (source.Kind == FactKind.Date && DateMatches(source.Key, translated.Key));

    private static bool Compatible(Fact source, Fact translated)
    {
        var value = ValueOf(source.Key);
        return source.Kind switch
        {
            FactKind.Number => translated.Kind is FactKind.Amount or FactKind.Percent or FactKind.Ordinal && ValueOf(translated.Key) == value,
            FactKind.Ordinal => translated.Kind == FactKind.Number && ValueOf(translated.Key) == value,
            FactKind.Amount => translated.Kind == FactKind.Number && (ValueOf(translated.Key) == value || ValueOf(translated.AlternateKey) == value),
            _ => false,
        };
    }

    /// <summary>"date:03-07" is matched by "date:2026-03-07": a translation may spell the year the source implied.</summary>
    private static bool DateMatches(string source, string translated) =>
        source.Length == "date:MM-DD".Length && translated.EndsWith(source[4..], StringComparison.Ordinal);

    private static Fact? Nearest(Fact fact, IReadOnlyList<Fact> translated, bool[] used)
    {
        for (var i = 0; i < translated.Count; i++)
        {
            if (!used[i] && translated[i].Kind == fact.Kind)
            {
                return translated[i];
            }
        }

        return null;
    }

    /// <summary>The value part of a key: "amt:1.87:EUR" → "1.87".</summary>
    private static string? ValueOf(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var parts = key.Split(':');
        return parts.Length > 1 ? parts[1] : null;
    }

    /// <summary>A key as a reader understands it: "amt:1.87:EUR" → "1.87 EUR", "pct:2.3" → "2.3%".</summary>
    public static string Describe(string key)
    {
        var parts = key.Split(':', 2);
        if (parts.Length < 2)
        {
            return key;
        }

        return parts[0] switch
        {
            "pct" => parts[1] + "%",
            "amt" => parts[1].Replace(':', ' '),
            "ord" => "#" + parts[1],
            _ => parts[1],
        };
    }
}
