using System.Globalization;
using System.Text;

namespace NewsLingo.Backends.Offline.Summarization;

/// <summary>
/// Turns a sentence into comparable terms: lower case, accents folded, stop words removed and a
/// light stemming (plural mark dropped, long words cut to a fixed prefix) so that "gouvernement"
/// and "gouvernements", "économie" and "economique" meet without a language-specific stemmer.
/// </summary>
internal static class TextNormalizer
{
    // Seven letters keep most French and English word families apart while merging inflections.
    private const int StemLength = 7;

    public static List<string> Terms(string sentence, IReadOnlySet<string> stopWords)
    {
        var terms = new List<string>();
        foreach (var word in Words(sentence))
        {
            if (stopWords.Contains(word) || word.Length < 2)
            {
                continue;
            }

            terms.Add(Stem(word));
        }

        return terms;
    }

    public static int CountWords(string sentence)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Words(string sentence)
    {
        var folded = Fold(sentence);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isLetter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                // Apostrophes split elisions (l'armée -> l, armee) so the article falls to the stop list.
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    private static string Stem(string word)
    {
        if (word.Length > 3 && (word[^1] == 's' || word[^1] == 'x') && !char.IsDigit(word[0]))
        {
            word = word[..^1];
        }

        return word.Length > StemLength ? word[..StemLength] : word;
    }
}
