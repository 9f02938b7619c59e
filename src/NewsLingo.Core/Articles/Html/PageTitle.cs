using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The headline inside a page's &lt;title&gt;, which usually carries the site's name too ("Crue de la
/// Loire : les quais rouverts - Le Courrier", "Le Monde | Politique | …"): Readability's published rules
/// for taking the site's part off, checked against the page's own h1 and h2 headings.
/// </summary>
internal static partial class PageTitle
{
    public static string? Read(IDocument document)
    {
        var original = PlainTextArticleParser.CollapseBlanks(document.Title ?? string.Empty);
        if (original.Length == 0)
        {
            return null;
        }

        var title = original;
        var hierarchical = false;
        if (Separator().IsMatch(original))
        {
            // "Headline - Site": the headline is before the last separator; "Site | Headline" when that leaves too little.
            hierarchical = HierarchicalSeparator().IsMatch(original);
            title = BeforeLastSeparator().Replace(original, "$1");
            if (Words(title) < 3)
            {
                title = AfterFirstSeparator().Replace(original, "$1");
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            // "Site: Headline", unless a heading shows the whole title, which is then the headline itself.
            var shown = document.QuerySelectorAll("h1, h2").Any(h => PlainTextArticleParser.CollapseBlanks(h.TextContent) == original);
            if (!shown)
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < 3)
                {
                    title = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (Words(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    title = original;
                }
            }
        }
        else if (original.Length is > 150 or < 15)
        {
            var headings = document.QuerySelectorAll("h1");
            if (headings.Length == 1)
            {
                title = PlainTextArticleParser.CollapseBlanks(headings[0].TextContent);
            }
        }

        title = PlainTextArticleParser.CollapseBlanks(title);
        var words = Words(title);
        if (words <= 4 && (!hierarchical || words != Words(Separators().Replace(original, string.Empty)) - 1))
        {
            title = original;
        }

        return title.Length == 0 ? null : title;
    }

    /// <summary>
    /// "Crue de la Loire : les quais rouverts | Le Courrier" → "Crue de la Loire : les quais rouverts" when the site
    /// is "Le Courrier" (or "Le Courrier - l'info de l'Ouest"): declared titles often carry the site's name too.
    /// </summary>
    public static string? WithoutSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        foreach (var name in SiteNames(siteName.Trim()))
        {
            foreach (var separator in TitleSeparators)
            {
                var suffix = separator + name;
                if (title.Length > suffix.Length + 2 && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^suffix.Length].TrimEnd();
                }

                var prefix = name + separator;
                if (title.Length > prefix.Length + 2 && title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return title[prefix.Length..].TrimStart();
                }
            }
        }

        return title;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " : ", ": ", " · ", " • ", " » ", " / ", " :: "];

    /// <summary>The site's name as declared, and its first part when it carries a slogan ("Aktuálně.cz - Víte, co se právě děje").</summary>
    private static IEnumerable<string> SiteNames(string siteName)
    {
        yield return siteName;
        foreach (var separator in TitleSeparators)
        {
            var cut = siteName.IndexOf(separator, StringComparison.Ordinal);
            if (cut > 1)
            {
                yield return siteName[..cut].Trim();
            }
        }
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@" [\|\-–—\\/>»] ", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@" [\\/>»] ", RegexOptions.CultureInvariant)]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"(.*)[\|\-–—\\/>»] .*", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BeforeLastSeparator();

    [GeneratedRegex(@"[^\|\-–—\\/>»]*[\|\-–—\\/>»](.*)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AfterFirstSeparator();

    [GeneratedRegex(@"[\|\-–—\\/>»]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
