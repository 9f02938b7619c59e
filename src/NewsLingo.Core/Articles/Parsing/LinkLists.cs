using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Articles.Parsing;

/// <summary>
/// Runs of pieces that are nothing but links (menus, "most read" and related-story teasers, tag lists):
/// the shape of navigation, not of an article's prose. A paragraph with a link in it is prose.
/// </summary>
internal static partial class LinkLists
{
    /// <summary>Share of a piece's text inside links from which it is a link and not prose.</summary>
    private const double LinkOnly = 0.8;

    /// <summary>Longest piece taken for a teaser: a longer all-link paragraph is left alone.</summary>
    private const int MaxTeaserLength = 250;

    /// <summary>
    /// Indexes of the units in runs of link-only pieces: runs of two or more always; a lone one when
    /// <paramref name="loneSentences"/> is true, or when it is a paragraph that reads as a headline rather
    /// than a sentence (a teaser "TAYLOR SWIFT CLEARED TO PERFORM…" between paragraphs, not a post's
    /// "Here's our year in review!", nor a linked subheading).
    /// </summary>
    public static HashSet<int> Find(List<TextUnit> units, bool loneSentences)
    {
        var found = new HashSet<int>();
        var runStart = -1;
        for (var i = 0; i <= units.Count; i++)
        {
            var linkOnly = i < units.Count && units[i].Role is UnitRole.Paragraph or UnitRole.Heading && IsLinkOnly(units[i]);
            if (linkOnly)
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0 && (i - runStart >= 2 || loneSentences || (units[runStart].Role == UnitRole.Paragraph && !TextShapes.EndsLikeASentence(units[runStart].Text))))
            {
                for (var k = runStart; k < i; k++)
                {
                    found.Add(k);
                }
            }

            runStart = -1;
        }

        return found;
    }

    private static bool IsLinkOnly(TextUnit unit)
    {
        if (unit.Html is null || unit.Text.Length > MaxTeaserLength || !unit.Html.Contains("<a ", StringComparison.Ordinal))
        {
            return false;
        }

        var linked = 0;
        foreach (Match link in Link().Matches(unit.Html))
        {
            // A link to a place on the same page (a heading's own anchor) is not navigation away from the article.
            if (!link.Value.StartsWith("<a href=\"#", StringComparison.Ordinal))
            {
                linked += WebUtility.HtmlDecode(Tag().Replace(link.Groups["text"].Value, string.Empty)).Trim().Length;
            }
        }

        return linked >= LinkOnly * unit.Text.Length;
    }

    [GeneratedRegex("<a [^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
