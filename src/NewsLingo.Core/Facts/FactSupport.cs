using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Facts;

/// <summary>
/// The figures a written text (a generated summary) claims that its evidence (the article) does not
/// hold: the converse of the translation check, on the same extraction. Each text is read in its
/// own language; a claim is supported by the same value in any form ("38 milliards" supports "38
/// billion" and "38"), and a date by the same day and month, or month and year, with or without
/// the year.
/// </summary>
public static partial class FactSupport
{
    /// <summary>Numbers up to ten are often spelled out in the evidence ("trois blessés") and written as digits in the claim.</summary>
    private const int SpelledOutLimit = 10;

    /// <summary>The claims of <paramref name="claims"/> (as written there) that <paramref name="evidence"/> does not support.</summary>
    public static IReadOnlyList<string> Unsupported(IEnumerable<string> claims, string claimsLanguage, string evidence, string evidenceLanguage)
    {
        var known = FactExtractor.Extract(evidence, evidenceLanguage);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in known)
        {
            keys.Add(fact.Key);
            if (fact.AlternateKey is not null)
            {
                keys.Add(fact.AlternateKey);
            }

            if (ValueOf(fact) is { } value)
            {
                values.Add(value);
            }

            // The parts of a fact are facts too: "38 milliards" holds 38, "30 septembre 2026" holds 2026.
            foreach (Match digits in Digits().Matches(fact.Text))
            {
                values.Add(digits.Value.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0");
            }
        }

        var dates = known.Where(f => f.Kind == FactKind.Date).Select(f => DateParts(f.Key)).ToList();
        var unsupported = new List<string>();
        foreach (var text in claims)
        {
            foreach (var claim in FactExtractor.Extract(text, claimsLanguage, evidenceLanguage))
            {
                if (IsSmall(claim) || keys.Contains(claim.Key) || (claim.AlternateKey is not null && keys.Contains(claim.AlternateKey))
                    || (claim.Kind != FactKind.Date && ValueOf(claim) is { } value && values.Contains(value))
                    || (claim.Kind == FactKind.Date && dates.Any(d => SameDate(DateParts(claim.Key), d))))
                {
                    continue;
                }

                if (!unsupported.Contains(claim.Text))
                {
                    unsupported.Add(claim.Text);
                }
            }
        }

        return unsupported;
    }

    private static bool IsSmall(Fact fact) =>
        fact.Kind is FactKind.Number or FactKind.Ordinal && ValueOf(fact) is { } value
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= SpelledOutLimit;

    private static string? ValueOf(Fact fact)
    {
        var parts = fact.Key.Split(':');
        return fact.Kind is FactKind.Date or FactKind.Time or FactKind.Name || parts.Length < 2 ? null : parts[1];
    }

    /// <summary>"date:2026-09-30" → (2026, 9, 30); "date:09-30" → (null, 9, 30); "date:2026-09" → (2026, 9, null).</summary>
    private static (string? Year, string Month, string? Day) DateParts(string key)
    {
        var parts = key[5..].Split('-');
        return parts.Length switch
        {
            3 => (parts[0], parts[1], parts[2]),
            2 when parts[0].Length == 4 => (parts[0], parts[1], null),
            _ => (null, parts[0], parts.Length > 1 ? parts[1] : null),
        };
    }

    private static bool SameDate((string? Year, string Month, string? Day) claim, (string? Year, string Month, string? Day) known) =>
        claim.Month == known.Month
        && (claim.Day is null || known.Day is null || claim.Day == known.Day)
        && (claim.Year is null || known.Year is null || claim.Year == known.Year);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
