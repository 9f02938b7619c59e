using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Bench.Apertium;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

// Run through bench/apertium/run.sh: it gives this process a network namespace of its own, where
// APy (which binds every interface and has no option against it) is reachable on loopback only.
if (!LoopbackOnly.IsolatedNetwork())
{
    Console.Error.WriteLine("Refusing to start apertium-apy outside an isolated network namespace (it binds every interface). Run bench/apertium/run.sh.");
    return 2;
}

if (new ApertiumProbe(Options.Create(new ApertiumOptions())).WhyUnavailable() is { } missing)
{
    Console.Error.WriteLine($"Apertium is not available: {missing}");
    return 3;
}

var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "budget-long.txt"));
var paragraphs = new ArticleReader().Read(ArticleInput.FromText(text), removeBoilerplate: true).Article.Blocks.Select(b => b.Text).ToArray();
var words = paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
var rounds = int.TryParse(Environment.GetEnvironmentVariable("ROUNDS"), out var r) ? r : 3;
var concurrencyLevels = new[] { 1, Math.Max(2, Environment.ProcessorCount) };
Console.WriteLine($"budget-long.txt: {paragraphs.Length} blocks (title excluded), {words} words; {rounds} rounds per figure, best kept; {Environment.ProcessorCount} cores");

var port = LoopbackOnly.FreePort();
await using var apy = await ApyServer.StartAsync(port, pipesPerPair: concurrencyLevels.Max());
var rows = new List<string>();
foreach (var (label, source, target, apyPairs) in new[] { ("fr→es", "fr", "es", "fra|spa"), ("fr→en (pivot via ca)", "fr", "en", "fra|cat|eng") })
{
    foreach (var concurrency in concurrencyLevels)
    {
        await using var ours = new ApertiumTranslator(
            Options.Create(new ApertiumOptions { PipelinesPerMode = concurrency, PivotLanguages = ["ca"] }),
            NullLogger<ApertiumTranslator>.Instance);
        await ours.WarmUpAsync(CancellationToken.None);
        var direction = (LanguageTag.Parse(source), LanguageTag.Parse(target));

        // One paragraph per request on both sides: the same unit of work APy's API takes.
        var oursSeconds = await Measure.BestOfAsync(rounds, () => Measure.ConcurrentlyAsync(paragraphs, concurrency, p =>
            ours.TranslateAsync(new TranslationBatch([p], direction.Item1, direction.Item2), CancellationToken.None)));
        var apySeconds = await Measure.BestOfAsync(rounds, () => Measure.ConcurrentlyAsync(paragraphs, concurrency, p => apy.TranslateAsync(apyPairs, p)));
        rows.Add($"| {label} | {concurrency} | {words / oursSeconds:F0} | {words / apySeconds:F0} | {apySeconds / oursSeconds:F2}× |");
    }
}

// What a process per request would cost: the wrapper started cold for one paragraph.
var cold = await Measure.BestOfAsync(rounds, async () =>
{
    using var process = Process.Start(new ProcessStartInfo("apertium", "fr-es") { RedirectStandardInput = true, RedirectStandardOutput = true })!;
    await process.StandardInput.WriteAsync(paragraphs[5]);
    process.StandardInput.Close();
    await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
});
await using (var warm = new ApertiumTranslator(Options.Create(new ApertiumOptions { PipelinesPerMode = 1 }), NullLogger<ApertiumTranslator>.Instance))
{
    await warm.WarmUpAsync(CancellationToken.None);
    var one = await Measure.BestOfAsync(rounds, () => warm.TranslateAsync(new TranslationBatch([paragraphs[5]], LanguageTag.Parse("fr"), LanguageTag.Parse("es")), CancellationToken.None));
    Console.WriteLine($"one paragraph fr→es: cold `apertium fr-es` process {cold * 1000:F0} ms, warm NewsLingo pipeline {one * 1000:F1} ms");
}

Console.WriteLine();
Console.WriteLine("| direction | concurrency | NewsLingo words/s | APy words/s | NewsLingo speed / APy |");
Console.WriteLine("|---|---:|---:|---:|---:|");
rows.ForEach(Console.WriteLine);
return 0;
