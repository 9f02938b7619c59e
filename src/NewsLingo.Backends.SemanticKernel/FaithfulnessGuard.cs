using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Checks that a generated summary invents no number and no name: every number and every capitalised
/// word (not at the start of a sentence) must occur in the source. Numbers match across formats
/// ("4,6" = "4.6", "1 000" = "1,000" = "1000"); names match ignoring case and accents, and loosely
/// (shared stem) when the summary is in another language than the source ("Palmyra" for "Palmyre").
/// Pragmatic by design: it catches invented figures and people, not every paraphrase error.
/// </summary>
public static partial class FaithfulnessGuard
{
    // Numbers up to ten are often spelled out in the source ("trois blessés") and written as digits by models.
    private const int SpelledOutLimit = 10;

    // English calendar words are capitalised where most source languages write them in lower case.
    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Checks <paramref name="summary"/> against <paramref name="source"/>.</summary>
    /// <param name="summary">The summary's sentences or points.</param>
    /// <param name="source">The article's sentences (title included when the summarizer saw it).</param>
    /// <param name="sameLanguage">True when the summary is written in the source's language (names then match exactly).</param>
    /// <param name="summaryLanguage">The summary's primary language subtag; names are not checked in languages that capitalise every noun (de).</param>
    public static FaithfulnessReport Check(IReadOnlyList<string> summary, IReadOnlyList<string> source, bool sameLanguage, string summaryLanguage = "")
    {
        var sourceText = string.Join("\n", source);
        var sourceNumbers = NumberPattern().Matches(sourceText).SelectMany(m => FormsOf(m.Value)).ToHashSet(StringComparer.Ordinal);
        var sourceWords = WordPattern().Matches(sourceText).Select(m => Fold(m.Value)).ToHashSet(StringComparer.Ordinal);

        var numbers = new List<string>();
        var names = new List<string>();
        foreach (var sentence in summary)
        {
            foreach (Match number in NumberPattern().Matches(sentence))
            {
                var forms = FormsOf(number.Value);
                var small = int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= SpelledOutLimit;
                if (!small && !forms.Any(sourceNumbers.Contains) && !numbers.Contains(number.Value))
                {
                    numbers.Add(number.Value);
                }
            }

            // German and Luxembourgish capitalise every noun: capitalisation says nothing about names there.
            if (summaryLanguage is "de" or "lb")
            {
                continue;
            }

            foreach (Match word in CapitalisedPattern().Matches(sentence))
            {
                var name = word.Value;
                if (name.Length < 2 || IsSentenceInitial(sentence, word.Index) || names.Contains(name))
                {
                    continue;
                }

                if (!IsSupported(Fold(name), sourceWords, sameLanguage))
                {
                    names.Add(name);
                }
            }
        }

        return new FaithfulnessReport(numbers, names);
    }

    private static bool IsSupported(string name, HashSet<string> sourceWords, bool sameLanguage)
    {
        if (sourceWords.Contains(name))
        {
            return true;
        }

        if (sameLanguage)
        {
            return false;
        }

        // Across languages names change their ending (Palmyre/Palmyra, Syrie/Syria) and acronyms their letters (ONU/UN).
        if (name.Length <= 3 || CalendarWords.Contains(name))
        {
            return true;
        }

        var stem = name[..Math.Max(4, name.Length - 2)];
        return sourceWords.Any(w => w.Length >= 4
            && (w.StartsWith(stem, StringComparison.Ordinal)
                || name.StartsWith(w[..Math.Max(4, w.Length - 2)], StringComparison.Ordinal)
                || (w[0] == name[0] && Math.Abs(w.Length - name.Length) <= 2 && EditDistance(w, name) <= 2)));
    }

    /// <summary>Levenshtein distance: "Mossoul" and "Mosul" are 2 apart.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static bool IsSentenceInitial(string sentence, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = sentence[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';' or '«' or '"' or '“' or '(' or '•' or '*' or '-' or '–' or '—';
        }

        return true;
    }

    /// <summary>
    /// The ways a written number may be read: as written without group separators (thousands reading)
    /// and with its last separator as a decimal point (decimal reading), trailing zeros removed.
    /// </summary>
    internal static IReadOnlyList<string> FormsOf(string written)
    {
        var compact = string.Concat(written.Where(c => !char.IsWhiteSpace(c)));
        var groups = compact.Split(['.', ','], StringSplitOptions.None);
        var forms = new List<string>();
        if (groups.Length == 1)
        {
            forms.Add(TrimInteger(compact));
            return forms;
        }

        if (groups.Skip(1).All(g => g.Length == 3))
        {
            forms.Add(TrimInteger(string.Concat(groups)));
        }

        var fraction = groups[^1].TrimEnd('0');
        var integer = TrimInteger(string.Concat(groups[..^1]));
        forms.Add(fraction.Length == 0 ? integer : $"{integer}.{fraction}");
        return forms;
    }

    private static string TrimInteger(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    /// <summary>Lower case without accents, so "Élysée" matches "elysee".</summary>
    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Thousands grouped by spaces (1 000, 12 500 000) or digits with . and , separators (4,6 / 1,000.5).
    [GeneratedRegex(@"(?<!\d)(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?!\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*")]
    private static partial Regex CapitalisedPattern();
}
