using System.Text.RegularExpressions;
using NewsLingo.Core.Facts;

namespace NewsLingo.Backends.SemanticKernel;

/// <summary>
/// Checks that a generated summary invents no figure and no name: every number, amount, percentage,
/// date and time must be in the source by value (<see cref="FactSupport"/>, the extraction the
/// translation fact check uses, each text read in its own language), and every capitalised word not
/// at the start of a sentence must occur in the source (<see cref="NameMatcher"/>: ignoring case and
/// accents, and across languages by stem or a small edit, "Palmyra" for "Palmyre").
/// Pragmatic by design: it catches invented figures and people, not every paraphrase error.
/// </summary>
public static partial class FaithfulnessGuard
{
    // English calendar words are capitalised where most source languages write them in lower case.
    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Checks <paramref name="summary"/> against <paramref name="source"/>.</summary>
    /// <param name="summary">The summary's sentences or points.</param>
    /// <param name="source">The article's sentences (title included when the summarizer saw it).</param>
    /// <param name="sourceLanguage">The article's primary language subtag ("fr").</param>
    /// <param name="summaryLanguage">The summary's; names are not checked in languages that capitalise every noun (de).</param>
    public static FaithfulnessReport Check(IReadOnlyList<string> summary, IReadOnlyList<string> source, string sourceLanguage, string summaryLanguage)
    {
        var sourceText = string.Join("\n", source);
        var numbers = FactSupport.Unsupported(summary, summaryLanguage, sourceText, sourceLanguage);

        var names = new List<string>();

        // German and Luxembourgish capitalise every noun: capitalisation says nothing about names there.
        if (summaryLanguage is not ("de" or "lb"))
        {
            var sameLanguage = string.Equals(sourceLanguage, summaryLanguage, StringComparison.OrdinalIgnoreCase);
            var sourceWords = NameMatcher.WordsOf(sourceText);
            foreach (var sentence in summary)
            {
                foreach (Match word in CapitalisedPattern().Matches(sentence))
                {
                    var name = word.Value;
                    if (name.Length < 2 || IsSentenceInitial(sentence, word.Index) || names.Contains(name))
                    {
                        continue;
                    }

                    // Across languages acronyms change their letters (ONU/UN) and calendar words their case.
                    var exempt = !sameLanguage && (name.Length <= 3 || CalendarWords.Contains(name));
                    if (!exempt && !NameMatcher.IsPresent(name, sourceWords, sameLanguage))
                    {
                        names.Add(name);
                    }
                }
            }
        }

        return new FaithfulnessReport(numbers, names);
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

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*")]
    private static partial Regex CapitalisedPattern();
}
