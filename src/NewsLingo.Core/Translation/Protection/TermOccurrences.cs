using System.Text;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Where a batch's glossary terms stand in a segment, found as the engine finds them (whole words,
/// any case, longest first, <see cref="WholeWords"/>) and only in its text: never inside a tag, an
/// attribute or what is not text in HTML. For a backend that protects terms itself
/// (<see cref="TermProtection.Backend"/>) by writing its vendor's markup around them.
/// </summary>
public static class TermOccurrences
{
    /// <summary>
    /// <paramref name="segment"/> with each occurrence of a term of <paramref name="terms"/> replaced by what
    /// <paramref name="write"/> makes of it (the occurrence as the text writes it, and its term).
    /// </summary>
    public static string Rewrite(string segment, TextFormat format, IReadOnlyList<BatchTerm> terms, Func<string, BatchTerm, string> write)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(write);
        if (terms.Count == 0 || segment.Length == 0)
        {
            return segment;
        }

        var byTerm = new Dictionary<string, BatchTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t.Term)))
        {
            byTerm.TryAdd(term.Term, term);
        }

        var pattern = WholeWords.Pattern(byTerm.Keys);
        if (format != TextFormat.Html || !MarkupLexer.MayHoldMarkup(segment))
        {
            return RewriteText(segment, pattern, byTerm, write);
        }

        var rewritten = new StringBuilder(segment.Length + 64);
        foreach (var token in MarkupLexer.Tokens(segment))
        {
            rewritten.Append(token.Kind == MarkupTokenKind.Text ? RewriteText(token.Value, pattern, byTerm, write) : token.Value);
        }

        return rewritten.ToString();
    }

    private static string RewriteText(string text, Regex pattern, Dictionary<string, BatchTerm> byTerm, Func<string, BatchTerm, string> write) =>
        pattern.Replace(text, match => write(match.Value, byTerm[match.Value]));
}
