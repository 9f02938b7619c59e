using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using NewsLingo.Bench.Extraction;
using NewsLingo.Core.Articles;

// Usage: dotnet run --project bench/NewsLingo.Bench.Extraction -c Release -- <folder like shared/extraction>
//        [--set all|scrapinghub|readability] [--show N] [--save pred.json] [--max-html-bytes N] [--max-text-chars N] [--markup-counted]
//        [--warmup N] [--smartreader] [--hostile]
// Runs the reader in process on every page, scores it with score.py's metric, and prints per set:
// F1/P/R, titles and bylines exact or near, refused pages, time and allocations per page. Time twice:
// the first read of every page, in a fresh process (the JIT still compiling and tiering the reader, as
// in a server's first minute), then the steady state a serving process is in, after N more passes
// (default 2) over all pages. Thread CPU time is the reading thread's own; wall time includes the GC.
// --hostile times pages built to be expensive instead (HostilePages), within the server's limits.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: NewsLingo.Bench.Extraction <folder> [--set all|scrapinghub|readability] [--show N] [--save pred.json] [--max-html-bytes N] [--max-text-chars N] [--markup-counted] [--warmup N] [--smartreader] [--hostile]");
    return 2;
}

var root = args[0];
string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var which = Option("--set", "all");
var show = int.Parse(Option("--show", "0"));
var save = Option("--save", string.Empty);

// The server's defaults (NewsLingo:Limits): what a page must fit to be read at all.
var limits = new PageLimits(
    MaxHtmlBytes: long.Parse(Option("--max-html-bytes", (8 * 1024 * 1024).ToString())),
    MaxTextCharacters: int.Parse(Option("--max-text-chars", "200000")),
    MarkupCounted: args.Contains("--markup-counted"));

if (args.Contains("--hostile"))
{
    HostilePages.Run(limits);
    return 0;
}

var reader = new ArticleReader();
var smartReader = args.Contains("--smartreader");
var pages = PageFolder.Read(root, which).ToList();

Article ReadPage(BenchPage page) => smartReader ? SmartReaderArticle(page.Html) : reader.Read(ArticleInput.FromHtml(page.Html), removeBoilerplate: true).AsSafeHtml().Article;

var firstRead = Measure();

// Then the steady state: every method compiled at its final tier, as in a server that has been serving for a while.
var warmupPasses = int.Parse(Option("--warmup", "2"));
for (var pass = 0; pass < warmupPasses; pass++)
{
    Measure();
}

var (results, predictions) = Measure();

(List<PageResult> Results, Dictionary<string, object> Predictions) Measure()
{
    var measured = new List<PageResult>(pages.Count);
    var predicted = new Dictionary<string, object>();
    foreach (var page in pages)
    {
        if (limits.RefusesHtml(page.Html) is { } refusedBefore)
        {
            measured.Add(new PageResult(page, ShingleScore.Page(page.TruthBody, string.Empty), null, null, refusedBefore, 0, 0, 0));
            predicted[page.Key] = new { error = refusedBefore };
            continue;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuClock.Milliseconds();
        var timer = Stopwatch.StartNew();
        var article = ReadPage(page);
        timer.Stop();
        cpu = ThreadCpuClock.Milliseconds() - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var body = string.Join("\n", article.Blocks.Select(b => b.Text));
        var plainBody = WebUtility.HtmlDecode(PageFolder.Tag().Replace(body, string.Empty));
        var refused = limits.RefusesText(plainBody.Length);
        var score = ShingleScore.Page(page.TruthBody, refused is null ? plainBody : string.Empty);
        measured.Add(new PageResult(page, score, article.Title, article.Byline, refused, timer.Elapsed.TotalMilliseconds, cpu, allocated));
        predicted[page.Key] = refused is null
            ? new { body, title = article.Title ?? string.Empty, byline = article.Byline ?? string.Empty, dateline = article.Dateline ?? string.Empty }
            : new { error = refused };
    }

    return (measured, predicted);
}

Console.WriteLine($"reader: {(smartReader ? "SmartReader 0.11.1 alone" : "NewsLingo ArticleReader")} in process; {pages.Count} pages from {root}");
foreach (var set in results.GroupBy(r => r.Page.Set))
{
    var rows = set.ToList();
    var (f1, p, r) = ShingleScore.Set([.. rows.Select(x => x.Score)]);
    var line = new StringBuilder($"{set.Key}: {rows.Count} pages  F1 {f1:0.000}  precision {p:0.000}  recall {r:0.000}");
    var titles = rows.Select(x => FieldMatch.Of(x.Page.TruthTitle, x.Title)).OfType<string>().ToList();
    var bylines = rows.Select(x => FieldMatch.Of(x.Page.TruthByline, x.Byline)).OfType<string>().ToList();
    if (titles.Count > 0)
    {
        line.Append($"  title exact {titles.Count(t => t == "exact")}/{titles.Count} near {titles.Count(t => t == "near")}");
    }

    if (bylines.Count > 0)
    {
        line.Append($"  byline exact {bylines.Count(b => b == "exact")}/{bylines.Count} near {bylines.Count(b => b == "near")}");
    }

    Console.WriteLine(line);
    foreach (var (label, timings) in new[] { ("steady state", rows), ("first read ", firstRead.Results.Where(x => x.Page.Set == set.Key).ToList()) })
    {
        var read = timings.Where(x => x.Refused is null).ToList();
        if (read.Count == 0)
        {
            continue;
        }

        var wall = read.Select(x => x.Milliseconds).Order().ToList();
        var cpu = read.Select(x => x.CpuMilliseconds).Order().ToList();
        var allocations = read.Select(x => x.AllocatedBytes / 1048576.0).Order().ToList();
        Console.WriteLine(
            $"   {label} per page: thread CPU median {Percentile(cpu, 0.5):0.0} ms p95 {Percentile(cpu, 0.95):0.0} ms; wall median {Percentile(wall, 0.5):0.0} ms p95 {Percentile(wall, 0.95):0.0} ms; allocated median {Percentile(allocations, 0.5):0.0} MiB, total {allocations.Sum():0} MiB");
    }

    var refused = rows.Where(x => x.Refused is not null).ToList();
    Console.WriteLine($"   refused: {refused.Count}" + string.Concat(refused.GroupBy(x => x.Refused).Select(g => $"  {g.Key} {g.Count()}")));
    foreach (var worst in rows.OrderBy(x => F1(x.Score)).Take(show))
    {
        Console.WriteLine($"   {worst.Page.Key}: P {ShingleScore.Precision(worst.Score):0.00} R {ShingleScore.Recall(worst.Score):0.00} title {FieldMatch.Of(worst.Page.TruthTitle, worst.Title)} byline {FieldMatch.Of(worst.Page.TruthByline, worst.Byline)}");
    }
}

if (save.Length > 0)
{
    File.WriteAllText(save, JsonSerializer.Serialize(predictions, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}

return 0;

static Article SmartReaderArticle(string html)
{
    // score.py turns block ends into nothing and strips tags; SmartReader's HTML gets the same treatment.
    var (body, title, byline) = SmartReaderExtractor.Read(html, "https://example.invalid/");
    var text = System.Text.RegularExpressions.Regex.Replace(body, @"</(p|h[1-6]|li|div|blockquote|pre|tr|figcaption)>|<br\s*/?>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    return new Article(title, byline, null, [new ArticleBlock(ArticleBlockKind.Paragraph, text)]);
}

static double F1((double Tp, double Fp, double Fn) c)
{
    var p = ShingleScore.Precision(c);
    var r = ShingleScore.Recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

static double Percentile(IReadOnlyList<double> sorted, double q) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
