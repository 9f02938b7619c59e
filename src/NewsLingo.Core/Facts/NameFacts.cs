using System.Text.RegularExpressions;

namespace NewsLingo.Core.Facts;

/// <summary>
/// The names a translation must keep: acronyms (OSDH, ONU) and people's or organisations' names
/// of two or more capitalised words (Sophie Marchand, Bachar al-Assad). Single capitalised words
/// are left alone: place names change across languages (Syrie/Syria) and a sentence starts with
/// one. Acronyms may come back as their translation where the target writes another one (ONU/UN).
/// </summary>
public static partial class NameFacts
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "au", "aux", "ce", "cette", "ces", "the", "a", "an", "el", "los", "las", "lo", "der", "die", "das", "il", "gli", "o", "os", "as", "en", "et", "mais", "selon", "pour",
    };

    // Acronyms a target language writes differently (fr → en); otherwise an acronym comes back as written.
    private static readonly Dictionary<string, string[]> EnglishAcronyms = new(StringComparer.Ordinal)
    {
        ["ONU"] = ["UN", "UNO"], ["OTAN"] = ["NATO"], ["UE"] = ["EU"], ["PIB"] = ["GDP"], ["OMS"] = ["WHO"], ["FMI"] = ["IMF"], ["BCE"] = ["ECB"],
        ["OCDE"] = ["OECD"], ["EI"] = ["IS", "ISIS", "ISIL"], ["OSDH"] = ["SOHR"], ["CIJ"] = ["ICJ"], ["CPI"] = ["ICC", "CPI"], ["TVA"] = ["VAT"], ["PME"] = ["SME", "SMEs"], ["ONG"] = ["NGO", "NGOs"],
    };

    private static readonly Dictionary<string, string[]> SpanishAcronyms = new(StringComparer.Ordinal)
    {
        ["EI"] = ["EI", "ISIS"], ["TVA"] = ["IVA"], ["PME"] = ["pyme", "pymes", "PYME"], ["OSDH"] = ["OSDH"],
    };

    /// <summary>The names of <paramref name="text"/> a translation should keep.</summary>
    public static IReadOnlyList<Fact> Extract(string text)
    {
        var facts = new List<Fact>();
        if (IsShouting(text))
        {
            return facts;
        }

        foreach (Match acronym in Acronym().Matches(text))
        {
            if (!RomanNumeral().IsMatch(acronym.Value))
            {
                facts.Add(new Fact(FactKind.Name, acronym.Value, acronym.Value, acronym.Index));
            }
        }

        foreach (Match name in CapitalisedRun().Matches(text))
        {
            var words = name.Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
            var start = name.Index;
            if (Elision().Match(words[0]) is { Success: true } elided)
            {
                // "L'équipe de France": the article is no part of a name, and a common noun after it starts none.
                start += elided.Groups["article"].Length;
                words[0] = elided.Groups["word"].Value;
                if (!char.IsUpper(words[0][0]))
                {
                    start += words[0].Length + 1;
                    words.RemoveAt(0);
                }
            }

            while (words.Count > 0 && Determiners.Contains(words[0].TrimEnd('\'', '’')))
            {
                start += words[0].Length + 1;
                words.RemoveAt(0);
            }

            if (words.Count(w => char.IsUpper(w[0])) >= 2)
            {
                var value = string.Join(' ', words);
                facts.Add(new Fact(FactKind.Name, value, value, start));
            }
        }

        return facts;
    }

    /// <summary>True when <paramref name="name"/> is present in a text of <paramref name="translatedWords"/> (or its acronym as <paramref name="target"/> writes it).</summary>
    public static bool IsKept(string name, string translatedText, IReadOnlySet<string> translatedWords, string target)
    {
        if (Acronym().IsMatch(name) && !name.Contains(' ', StringComparison.Ordinal))
        {
            var table = target == "en" ? EnglishAcronyms : target == "es" ? SpanishAcronyms : null;
            var forms = table is not null && table.TryGetValue(name, out var translated) ? translated.Append(name) : [name];
            return forms.Any(form => Regex.IsMatch(translatedText, $@"(?<![\p{{L}}]){Regex.Escape(form)}(?![\p{{L}}])"));
        }

        // Each word of a name must survive: a person keeps both first and last name.
        return name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).All(w => w.Split('-').All(part => part.Length < 2 || NameMatcher.IsPresent(part, translatedWords, sameLanguage: false, maxEdits: 1)));
    }

    private static bool IsShouting(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(char.IsUpper) * 2 > letters;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?<article>(?:[LDN]|Qu|[ld]|qu)['’])(?<word>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();

    [GeneratedRegex(@"^[IVXLCDM]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    // Two or more capitalised words, with the particles names carry between them (de, al-, van…).
    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)*(?:[ \u00A0](?:(?:de|du|des|da|di|del|van|von|der|den|ben|bin|al|el|la|le)[ \u00A0-])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)*)+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();
}
