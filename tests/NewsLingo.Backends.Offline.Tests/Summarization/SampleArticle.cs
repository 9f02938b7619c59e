using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Backends.Offline.Tests.Summarization;

/// <summary>
/// A sample article split the simple way, for summarizer tests only (the product's segmenter lives
/// elsewhere): paragraphs that end like prose (titles, buttons and link lists do not), then a cut
/// after ". " when an upper-case letter or an opening quote follows.
/// </summary>
internal sealed partial record SampleArticle(string Name, string Title, IReadOnlyList<string> Sentences)
{
    public static readonly string[] Names = ["palmyre-euronews.txt", "budget-long.txt", "conseil-municipal.html"];

    public static SampleArticle Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
        return name.EndsWith(".html", StringComparison.Ordinal) ? FromHtml(name, text) : FromText(name, text);
    }

    private static SampleArticle FromText(string name, string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new SampleArticle(name, lines[0], Split(lines));
    }

    private static SampleArticle FromHtml(string name, string html)
    {
        var title = Decode(H1().Match(html).Groups[1].Value);
        // Plain <p> only: the byline is a <p class="byline">.
        var paragraphs = Paragraph().Matches(html).Select(m => Decode(m.Groups[1].Value)).ToList();
        return new SampleArticle(name, title, Split(paragraphs));
    }

    private static string Decode(string fragment) => WebUtility.HtmlDecode(Tag().Replace(fragment, string.Empty)).Trim();

    private static List<string> Split(IEnumerable<string> paragraphs)
    {
        var sentences = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < 6 || !EndsLikeProse().IsMatch(paragraph) || !seen.Add(paragraph))
            {
                continue;
            }

            sentences.AddRange(SentenceBreak().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0));
        }

        return sentences;
    }

    [GeneratedRegex(@"[.!?…»”""]$")]
    private static partial Regex EndsLikeProse();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}«“""])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
