using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.Offline.Summarization;
using NewsLingo.Backends.Offline.Tests.Summarization;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

// Usage: dotnet run -c Release -- [summaries|lingua|lingua-lazy|lingua-low|all]   (default all)
var mode = args.Length > 0 ? args[0] : "all";
if (mode is "summaries" or "all")
{
    await BenchSummariesAsync();
}

if (mode is "lingua" or "all")
{
    await BenchLinguaAsync(new LanguageDetectionOptions { Preload = true });
}

// Each Lingua variant in its own process, so one's models do not inflate the next one's RSS.
if (mode == "lingua-lazy")
{
    await BenchLinguaAsync(new LanguageDetectionOptions { Preload = false });
}

if (mode == "lingua-low")
{
    await BenchLinguaAsync(new LanguageDetectionOptions { Preload = true, LowAccuracyMode = true });
}

static async Task BenchSummariesAsync()
{
    var summarizer = new ExtractiveSummarizer();
    var otsAvailable = File.Exists(OtsRunner.Path);
    Console.WriteLine($"Summaries: extractive (in process) vs {(otsAvailable ? "ots -d fr -r 30 (one process per article)" : "ots: not installed")}");
    Console.WriteLine($"{"sample",-24} {"sent",5} {"extractive ms",14} {"summaries/s",12} {"ots ms",9} {"summaries/s",12}");
    var picks = new List<(SampleArticle Article, IReadOnlyList<int> Ours, IReadOnlyList<int> Ots)>();
    foreach (var name in SampleArticle.Names)
    {
        var article = SampleArticle.Load(name);
        var request = new SummaryRequest(article.Sentences, LanguageTag.Parse("fr"), LanguageTag.Parse("en"), SummaryLength.Sentences(3), SummaryStyle.Paragraph, article.Title);

        for (var i = 0; i < 50; i++)
        {
            await summarizer.SummarizeAsync(request, CancellationToken.None);
        }

        var ours = Measure(() => summarizer.SummarizeAsync(request, CancellationToken.None), TimeSpan.FromSeconds(2));
        (double Ms, double PerSecond) ots = (double.NaN, double.NaN);
        IReadOnlyList<int> otsPicks = [];
        if (otsAvailable)
        {
            otsPicks = await OtsRunner.PickAsync(article.Sentences, 30, CancellationToken.None);
            ots = Measure(() => OtsRunner.PickAsync(article.Sentences, 30, CancellationToken.None), TimeSpan.FromSeconds(2));
        }

        Console.WriteLine($"{name,-24} {article.Sentences.Count,5} {ours.Ms,14:F3} {ours.PerSecond,12:F0} {ots.Ms,9:F2} {ots.PerSecond,12:F0}");
        var summary = await summarizer.SummarizeAsync(request, CancellationToken.None);
        picks.Add((article, summary.Sentences.Select(s => article.Sentences.ToList().IndexOf(s)).ToList(), otsPicks));
    }

    Console.WriteLine();
    foreach (var (article, ours, ots) in picks)
    {
        Console.WriteLine($"{article.Name}: extractive [{string.Join(", ", ours)}]  ots [{string.Join(", ", ots)}]");
        foreach (var i in ours.Union(ots).Order())
        {
            var text = article.Sentences[i];
            Console.WriteLine($"  {(ours.Contains(i) ? "E" : " ")}{(ots.Contains(i) ? "O" : " ")} {i,3}: {(text.Length > 110 ? text[..110] + "…" : text)}");
        }
    }

    Console.WriteLine();
}

static async Task BenchLinguaAsync(LanguageDetectionOptions options)
{
    Console.WriteLine($"Lingua: {string.Join(",", options.EffectiveLanguages)} preload={options.Preload} lowAccuracy={options.LowAccuracyMode}");
    var before = WorkingSetMb();
    var stopwatch = Stopwatch.StartNew();
    var detector = new LinguaLanguageDetector(Options.Create(options));
    var loadMs = stopwatch.Elapsed.TotalMilliseconds;
    var after = WorkingSetMb();
    Console.WriteLine($"  load (build + preload): {loadMs:F0} ms; RSS {before:F0} MB -> {after:F0} MB (+{after - before:F0} MB); managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MB");

    var palmyre = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "palmyre-euronews.txt"));
    string[] texts = [palmyre, "Palmyre", "The government presented its budget on Wednesday, le ministre a défendu un budget de responsabilité."];
    foreach (var text in texts)
    {
        stopwatch.Restart();
        var detection = await detector.DetectAsync(text, CancellationToken.None);
        var firstMs = stopwatch.Elapsed.TotalMilliseconds;
        var timing = Measure(() => detector.DetectAsync(text, CancellationToken.None), TimeSpan.FromSeconds(1));
        var label = text.Length > 40 ? text[..40].ReplaceLineEndings(" ") + "…" : text;
        Console.WriteLine($"  {label,-42} -> {detection.Language?.Value ?? "none"} {detection.Confidence:F3} reliable={detection.IsReliable} alternatives [{string.Join(", ", detection.Alternatives.Take(3).Select(a => $"{a.Language}:{a.Confidence:F2}"))}]  first {firstMs:F1} ms, then {timing.Ms:F3} ms");
    }

    Console.WriteLine($"  RSS after detections: {WorkingSetMb():F0} MB");
}

static (double Ms, double PerSecond) Measure(Func<Task> action, TimeSpan duration)
{
    var count = 0;
    var stopwatch = Stopwatch.StartNew();
    while (stopwatch.Elapsed < duration)
    {
        action().GetAwaiter().GetResult();
        count++;
    }

    var ms = stopwatch.Elapsed.TotalMilliseconds / count;
    return (ms, 1000 / ms);
}

static double WorkingSetMb()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var process = Process.GetCurrentProcess();
    return process.WorkingSet64 / 1048576.0;
}
