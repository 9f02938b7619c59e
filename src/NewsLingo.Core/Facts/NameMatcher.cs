using System.Globalization;
using System.Text;

namespace NewsLingo.Core.Facts;

/// <summary>
/// Whether a name survives in another text: exactly, or ignoring case and accents, or across
/// languages by a shared stem or a small edit ("Palmyre"/"Palmira", "Mossoul"/"Mosul").
/// Shared by the translation fact check and the summary faithfulness guard.
/// </summary>
public static class NameMatcher
{
    /// <summary>True when <paramref name="word"/> (folded) is one of <paramref name="words"/>, or, across languages, close to one.</summary>
    /// <param name="word">The name or word to look for.</param>
    /// <param name="words">The other text's words, from <see cref="WordsOf"/>.</param>
    /// <param name="sameLanguage">True when both texts are in one language: then only an exact (folded) match counts.</param>
    /// <param name="maxEdits">How far a spelling may drift across languages: 2 for places ("Mossoul"/"Mosul"), 1 for people's names ("Bachar"/"Bashar", not "Marchand"/"Merchant").</param>
    public static bool IsPresent(string word, IReadOnlySet<string> words, bool sameLanguage, int maxEdits = 2)
    {
        var folded = Fold(word);
        if (words.Contains(folded))
        {
            return true;
        }

        if (sameLanguage || folded.Length < 4)
        {
            return false;
        }

        var stem = folded[..Math.Max(4, folded.Length - 2)];
        foreach (var w in words)
        {
            if (w.Length < 4)
            {
                continue;
            }

            if (w.StartsWith(stem, StringComparison.Ordinal)
                || folded.StartsWith(w[..Math.Max(4, w.Length - 2)], StringComparison.Ordinal)
                || (w[0] == folded[0] && Math.Abs(w.Length - folded.Length) <= maxEdits && EditDistance(w, folded) <= maxEdits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded words of <paramref name="text"/>, for <see cref="IsPresent"/>.</summary>
    public static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(Fold(text[start..i]));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Lower case without accents, so "Élysée" matches "elysee".</summary>
    public static string Fold(string word)
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

    /// <summary>Levenshtein distance: "mossoul" and "mosul" are 2 apart.</summary>
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
}
