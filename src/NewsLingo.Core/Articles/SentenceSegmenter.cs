using System.Collections.Frozen;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Articles;

/// <summary>
/// Rule-based sentence splitting for news text. A sentence ends at . ! ? or … (with any closing
/// quotes or brackets after it, « … » included) when a capital, a digit or an opening quote starts
/// what follows; not after an abbreviation of the language (M., Mme, av., Dr., U.S.), an initial
/// (J. K. Rowling) or inside a number (4,6 %, 3.5, 1 200). French and English abbreviations are
/// known; other languages get both lists, which errs towards longer sentences, never cut words.
/// </summary>
public sealed class SentenceSegmenter : ISentenceSegmenter
{
    private const string Terminals = ".!?…";
    private const string Closers = "»”\"’')]";
    private const string Openers = "«“\"‘'([—–-";

    public IReadOnlyList<string> Split(string text, LanguageTag language)
    {
        var sentences = new List<string>();
        var abbreviations = SentenceAbbreviations.For(language);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Terminals.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            // Take the whole run of terminals ("?!", "...") and what closes the sentence after it.
            var end = i;
            while (end + 1 < text.Length && Terminals.Contains(text[end + 1], StringComparison.Ordinal))
            {
                end++;
            }

            var terminalsEnd = end;
            end = AfterClosers(text, end);
            var next = SkipBlanks(text, end + 1);
            if (next == end + 1 || next >= text.Length)
            {
                i = end;
                continue;
            }

            var abbreviation = text[i] == '.' && terminalsEnd == i && EndsAnAbbreviation(text, i, abbreviations);
            if (StartsASentence(text[next]) && !abbreviation)
            {
                AddTrimmed(text, start, end + 1, sentences);
                start = next;
            }

            i = end;
        }

        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>The index of the last closer (», ”, ), spaced French closing quotes too) after <paramref name="end"/>.</summary>
    private static int AfterClosers(string text, int end)
    {
        var j = end + 1;
        while (j < text.Length)
        {
            var k = j;
            while (k < text.Length && text[k] is '\u00A0' or '\u202F' or ' ')
            {
                k++;
            }

            if (k < text.Length && Closers.Contains(text[k], StringComparison.Ordinal) && (text[k] == '»' || k == j))
            {
                end = k;
                j = k + 1;
                continue;
            }

            break;
        }

        return end;
    }

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool StartsASentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c, StringComparison.Ordinal);

    /// <summary>"M." "Mme." "av." "U.S." "J." — the token before the period is an abbreviation or an initial.</summary>
    private static bool EndsAnAbbreviation(string text, int period, FrozenSet<string> abbreviations)
    {
        var tokenStart = period;
        while (tokenStart > 0 && (char.IsLetter(text[tokenStart - 1]) || text[tokenStart - 1] is '.' or '-' or '°'))
        {
            tokenStart--;
        }

        var token = text[tokenStart..period];
        if (token.Length == 0)
        {
            return false;
        }

        return (token.Length == 1 && char.IsUpper(token[0])) || abbreviations.Contains(token.ToLowerInvariant());
    }

    private static void AddTrimmed(string text, int start, int end, List<string> sentences)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
