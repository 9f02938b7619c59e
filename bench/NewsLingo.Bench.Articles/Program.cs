using System.Diagnostics;
using System.Text;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

// Parse + clean + split every block into sentences, as ProcessArticle does once per request.
// Each sample: 1 s of warm-up, then as many runs as fit in SECONDS (default 3); figures per run.
var seconds = double.TryParse(Environment.GetEnvironmentVariable("SECONDS"), out var s) ? s : 3;
var reader = new ArticleReader();
var segmenter = new SentenceSegmenter();
var french = LanguageTag.Parse("fr");

Console.WriteLine($"| sample | size KB | articles/s | MB/s | µs/article | allocated KB/article | blocks | sentences |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var name in new[] { "palmyre-euronews.txt", "budget-long.txt", "conseil-municipal.html" })
{
    var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
    var input = name.EndsWith(".html", StringComparison.Ordinal) ? ArticleInput.FromHtml(text) : ArticleInput.FromText(text);
    var bytes = Encoding.UTF8.GetByteCount(text);

    (int Blocks, int Sentences) Once()
    {
        var article = reader.Read(input, removeBoilerplate: true).Article;
        var sentences = 0;
        foreach (var block in article.Blocks)
        {
            sentences += segmenter.Split(InlineMarkup.ToPlainText(block.Text), french).Count;
        }

        return (article.Blocks.Count, sentences);
    }

    var warmUp = Stopwatch.StartNew();
    while (warmUp.Elapsed.TotalSeconds < 1)
    {
        Once();
    }

    var runs = 0;
    var shape = Once();
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var timer = Stopwatch.StartNew();
    while (timer.Elapsed.TotalSeconds < seconds)
    {
        Once();
        runs++;
    }

    timer.Stop();
    var perRun = timer.Elapsed.TotalSeconds / runs;
    var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)runs;
    Console.WriteLine($"| {name} | {bytes / 1024.0:F1} | {1 / perRun:F0} | {bytes / perRun / 1_000_000:F1} | {perRun * 1e6:F0} | {allocated / 1024:F0} | {shape.Blocks} | {shape.Sentences} |");
}
