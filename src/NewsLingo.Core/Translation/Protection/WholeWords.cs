using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Terms found as whole words, in any case, as glossaries and the fact check match them: a term
/// is not found inside a longer word ("Paris" in "Parisien"), and of two terms the longer wins
/// ("Conseil de Paris" over "Paris"). One definition for the protector, the deployment glossaries
/// and the fact check.
/// </summary>
public static class WholeWords
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    /// <summary>One pattern for all <paramref name="terms"/>, longest first; compiled when it is built once and run on every request.</summary>
    public static Regex Pattern(IEnumerable<string> terms, bool compiled = false) =>
        new(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', terms.OrderByDescending(t => t.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | (compiled ? RegexOptions.Compiled : RegexOptions.None),
            Budget);

    /// <summary>Where <paramref name="term"/> first stands as a whole word in <paramref name="text"/> (any case), or -1; no regex.</summary>
    public static int IndexOf(string text, string term)
    {
        for (var start = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); start >= 0; start = text.IndexOf(term, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + term.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return start;
            }
        }

        return -1;
    }
}
