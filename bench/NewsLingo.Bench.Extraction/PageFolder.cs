using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsLingo.Bench.Extraction;

/// <summary>Reads a folder laid out like shared/extraction, exactly as score.py's <c>pages()</c> does.</summary>
internal static partial class PageFolder
{
    public static IEnumerable<BenchPage> Read(string root, string which)
    {
        if (which is "all" or "scrapinghub")
        {
            var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "scrapinghub", "ground-truth.json")));
            foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                using var gzip = new GZipStream(File.OpenRead(Path.Combine(root, "scrapinghub", "html", page.Name + ".html.gz")), CompressionMode.Decompress);
                using var text = new StreamReader(gzip, new UTF8Encoding(false, false));
                var body = page.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? string.Empty : string.Empty;
                yield return new BenchPage("scrapinghub", "scrapinghub/" + page.Name, text.ReadToEnd(), body, null, null);
            }
        }

        if (which is "all" or "readability")
        {
            foreach (var dir in Directory.GetDirectories(Path.Combine(root, "readability")).Order(StringComparer.Ordinal))
            {
                var source = Path.Combine(dir, "source.html");
                var expected = Path.Combine(dir, "expected.html");
                if (!File.Exists(source) || !File.Exists(expected))
                {
                    continue;
                }

                string? title = null, byline = null;
                var metaFile = Path.Combine(dir, "expected-metadata.json");
                if (File.Exists(metaFile))
                {
                    var meta = JsonDocument.Parse(File.ReadAllText(metaFile)).RootElement;
                    title = meta.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                    byline = meta.TryGetProperty("byline", out var y) && y.ValueKind == JsonValueKind.String ? y.GetString() : null;
                }

                var body = WebUtility.HtmlDecode(Tag().Replace(BlockEnd().Replace(File.ReadAllText(expected), "\n"), " "));
                yield return new BenchPage("readability", "readability/" + Path.GetFileName(dir), File.ReadAllText(source), body, title, byline);
            }
        }
    }

    [GeneratedRegex("<[^>]+>")]
    internal static partial Regex Tag();

    [GeneratedRegex(@"</(p|h[1-6]|li|div|blockquote|pre|tr|figcaption)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
