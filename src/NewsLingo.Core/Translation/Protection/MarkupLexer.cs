using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Cuts an HTML fragment into text, tags and opaque parts without rewriting any of it, so the
/// caller's markup comes back byte for byte. A DOM parser would normalize the markup (quotes,
/// implied tags), which a caller translating its own HTML does not want; only the boundaries are
/// needed here. A quoted attribute value may hold '>'; an unterminated
/// comment or script runs to the end, as a browser reads it.
/// </summary>
internal static partial class MarkupLexer
{
    public static IEnumerable<MarkupToken> Tokens(string html)
    {
        var position = 0;
        foreach (Match match in Markup().Matches(html))
        {
            if (match.Index > position)
            {
                yield return new MarkupToken(MarkupTokenKind.Text, html[position..match.Index]);
            }

            yield return new MarkupToken(match.Groups["opaque"].Success ? MarkupTokenKind.Opaque : MarkupTokenKind.Tag, match.Value);
            position = match.Index + match.Length;
        }

        if (position < html.Length)
        {
            yield return new MarkupToken(MarkupTokenKind.Text, html[position..]);
        }
    }

    /// <summary>True when <paramref name="html"/> holds a tag, a comment or an entity: plain text needs no lexing.</summary>
    public static bool MayHoldMarkup(string html) => html.AsSpan().IndexOfAny('<', '&') >= 0;

    [GeneratedRegex(
        """
        (?<opaque>
            <!--.*?(?:-->|\z)
          | <!\[CDATA\[.*?(?:\]\]>|\z)
          | <![^>]*>
          | <\?[^>]*>
          | <(?<raw>script|style|template)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>.*?(?:</\k<raw>\s*>|\z)
        )
        | </?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>
        """,
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
