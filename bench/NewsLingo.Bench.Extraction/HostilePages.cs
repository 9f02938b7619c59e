using System.Diagnostics;
using System.Text;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Articles.Html;

namespace NewsLingo.Bench.Extraction;

/// <summary>
/// Pages built to be expensive to read (--hostile): each shape repeated up to the server's page-shape
/// limits (elements, depth) or 8 MB, read warm, timed on the reading thread. What a caller can make one
/// request cost within the limits.
/// </summary>
internal static class HostilePages
{
    private const int Depth = 250;

    private const string ShortParagraph = "<p>Le conseil municipal a voté le budget, qui prévoit des investissements importants, selon le maire, et une hausse des impôts locaux.</p>";

    private static readonly string LongParagraph = "<p>" + string.Concat(Enumerable.Repeat("Le conseil municipal a voté le budget, qui prévoit des investissements importants, selon le maire. ", 8)) + "</p>";

    public static void Run(PageLimits limits)
    {
        var reader = new ArticleReader();
        Console.WriteLine($"hostile pages, filled to {limits.MaxHtmlElements} elements, {limits.MaxHtmlDepth} levels or 8 MB; best of 3 warm reads:");
        foreach (var (name, unit) in Shapes())
        {
            var html = Fill(unit, limits);
            if (limits.RefusesHtml(html) is { } refused)
            {
                Console.WriteLine($"   {name}: refused ({refused})");
                continue;
            }

            var (elements, depth) = HtmlShape.Measure(html);
            var best = double.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var cpu = ThreadCpuClock.Milliseconds();
                reader.Read(ArticleInput.FromHtml(html), removeBoilerplate: true);
                best = run < 2 ? best : Math.Min(best, ThreadCpuClock.Milliseconds() - cpu);
            }

            Console.WriteLine($"   {name}: {html.Length / 1e6:0.0} MB, {elements} elements, depth {depth}: {best:0} ms thread CPU");
        }
    }

    private static IEnumerable<(string Name, string Unit)> Shapes()
    {
        yield return ("nested divs around a paragraph", Chain("<div>", "</div>", ShortParagraph));
        yield return ("nested share bars around a long paragraph", Chain("<div class=\"share\">", "</div>", LongParagraph));
        yield return ("nested layout tables", Chain("<table><tr><td>", "</td></tr></table>", LongParagraph));
        yield return ("nested bold", Chain("<b>", "</b>", ShortParagraph));
        yield return ("tiny fragments nested", Chain("<div>", "</div>", "<span>ab</span>"));
        yield return ("links", "<div class=\"item\"><a href=\"/x\">lien vers un autre article du site</a> <span>12 mars</span></div>");
        yield return ("tiny fragments", "<div><span>ab cd</span></div>");
        yield return ("paragraphs", LongParagraph);
    }

    private static string Chain(string open, string close, string inner) =>
        string.Concat(Enumerable.Repeat(open, Depth)) + inner + string.Concat(Enumerable.Repeat(close, Depth));

    /// <summary>As many copies of <paramref name="unit"/> as fit the element limit and 8 MB.</summary>
    private static string Fill(string unit, PageLimits limits)
    {
        var perUnit = Math.Max(1, HtmlShape.Measure(unit).Elements);
        var units = Math.Min(8_000_000 / unit.Length, (limits.MaxHtmlElements - 100) / perUnit);
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < units; i++)
        {
            page.Append(unit);
        }

        return page.Append("</body></html>").ToString();
    }
}
