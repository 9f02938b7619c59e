using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Fakes;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Facts;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

// Every sample (the figure-dense sentences and the three articles' blocks) through each backend and
// target with the fact check on. Then the check's own cost, timed over the same pairs, next to the
// time Apertium took to translate them. FIGURE_FAULTS sets the fake's share of changed figures.
var samples = Path.Combine(AppContext.BaseDirectory, "samples");
var reader = new ArticleReader();
var segments = File.ReadAllLines(Path.Combine(samples, "figures-fr.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
foreach (var article in new[] { "palmyre-euronews.txt", "budget-long.txt", "conseil-municipal.html" })
{
    var text = File.ReadAllText(Path.Combine(samples, article));
    var input = article.EndsWith(".html", StringComparison.Ordinal) ? ArticleInput.FromHtml(text) : ArticleInput.FromText(text);
    segments.AddRange(reader.Read(input, removeBoilerplate: true).Article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text)));
}

var french = LanguageTag.Parse("fr");
var sourceFacts = segments.Sum(s => FactExtractor.Extract(s, "fr").Count(f => f.Kind is FactKind.Number or FactKind.Percent or FactKind.Amount));
var figureFaults = double.TryParse(Environment.GetEnvironmentVariable("FIGURE_FAULTS"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 0.25;
Console.WriteLine($"{segments.Count} French segments, {sourceFacts} numbers, percentages and amounts in them; fake changes figures in {figureFaults:P0} of segments");
Console.WriteLine();
Console.WriteLine("| backend | target | segments checked | issues | by kind | numbers localized | share localized | translate s | check s | check / translate |");
Console.WriteLine("|---|---|---:|---:|---|---:|---:|---:|---:|---:|");

var backends = new List<(string Name, ITranslator Translator, string[] Targets)>
{
    ("fake", new FakeTranslator(Options.Create(new FakeBackendOptions { FigureFaultRate = figureFaults }), new FaultInjector(Options.Create(new FakeBackendOptions()))), ["en", "es"]),
};
ApertiumTranslator? apertium = null;
if (new ApertiumProbe(Options.Create(new ApertiumOptions())).WhyUnavailable() is { } missing)
{
    Console.Error.WriteLine($"Apertium is not available ({missing}): fake only.");
}
else
{
    apertium = new ApertiumTranslator(Options.Create(new ApertiumOptions { PipelinesPerMode = 1 }), NullLogger<ApertiumTranslator>.Instance);
    await apertium.WarmUpAsync(CancellationToken.None);
    backends.Add(("apertium", apertium, ["es", "en", "ca"]));
}

foreach (var (name, translator, targets) in backends)
{
    foreach (var targetName in targets)
    {
        var target = LanguageTag.Parse(targetName);

        // The backend alone, then the same segments through the engine with the check.
        var raw = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(segments, french, target), CancellationToken.None);
        var timer = Stopwatch.StartNew();
        raw = await new TranslationEngine(translator).TranslateAsync(new SegmentJob(segments, french, target), CancellationToken.None);
        var translateSeconds = timer.Elapsed.TotalSeconds;
        var checkedOutcome = await new TranslationEngine(translator, facts: new FactChecker()).TranslateAsync(new SegmentJob(segments, french, target), CancellationToken.None);

        // The check alone over the same pairs, each pair on a fresh checker (no memo), best of 5.
        var checkSeconds = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var checker = new FactChecker();
            timer.Restart();
            for (var i = 0; i < segments.Count; i++)
            {
                checker.Check(segments[i], raw.Segments[i].Text, french, target, TextFormat.Plain);
            }

            checkSeconds = Math.Min(checkSeconds, timer.Elapsed.TotalSeconds);
        }

        var report = checkedOutcome.Report;
        var byKind = checkedOutcome.Segments.SelectMany(s => s.Issues).GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
        Console.WriteLine(
            $"| {name} | {targetName} | {report.SegmentsFactChecked} | {report.FactIssues} | {string.Join(", ", byKind)} | {report.NumbersLocalized} | {report.NumbersLocalized / (double)Math.Max(1, sourceFacts):P0} | {translateSeconds:F3} | {checkSeconds:F4} | {checkSeconds / translateSeconds:P1} |");
    }
}

if (apertium is not null)
{
    await apertium.DisposeAsync();
}

return 0;
