using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using NewsLingo.Bench.Quality;
using NewsLingo.Bench.Quality.Scoring;
using NewsLingo.Contracts.V1;

// The FLORES-200 dev sentences (fr) through a running NewsLingo server into each target, scored
// against the references with sacrebleu's default BLEU and chrF; or, with --score-file, an existing
// translation scored the same way (how the scorer is checked against a published figure).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.SelfCheck)
{
    return SacrebleuCases.Run(Console.Out) ? 0 : 1;
}

if (options.ScoreFile is { } scoreFile)
{
    var hypotheses = File.ReadAllLines(scoreFile);
    var references = File.ReadAllLines(options.ReferenceFor(options.Targets[0]));
    var bleu = Bleu.Score(hypotheses, references);
    Console.WriteLine($"{hypotheses.Length} lines of {scoreFile} against {options.ReferenceFor(options.Targets[0])}");
    Console.WriteLine(bleu);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chrF2 = {ChrF.Score(hypotheses, references):F2}"));
    if (options.ExpectedBleu is { } expected)
    {
        // Published figures carry one decimal; within 0.1 of it is what "reproduced" asks here.
        var reproduced = Math.Abs(bleu.Score - expected) <= 0.1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published BLEU {expected:F1}, ours {bleu.Score:F2}: {(reproduced ? "reproduced (within 0.1)" : "NOT reproduced (more than 0.1 apart)")}"));
        return reproduced ? 0 : 1;
    }

    return 0;
}

var sources = File.ReadAllLines(options.SourceFile);
var routing = options.Translator is null && options.TranslatorsByTarget.Count == 0
    ? "the server's routing"
    : string.Join(", ", new[] { options.Translator is null ? null : $"translator={options.Translator}" }
        .Concat(options.TranslatorsByTarget.Select(p => $"{p.Key}={p.Value}")).OfType<string>());
Console.WriteLine($"{sources.Length} French sentences from {options.SourceFile}, {options.BatchSize} per call, into {string.Join(", ", options.Targets)} via {options.Server} ({routing})");

using var channel = GrpcChannel.ForAddress(options.Server, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
var translator = new FloresTranslator(new TranslationService.TranslationServiceClient(channel), options);
var runs = new List<TargetRun>();
var wall = Stopwatch.StartNew();
foreach (var target in options.Targets)
{
    TimeSpan warmUp;
    TargetRun run;
    try
    {
        warmUp = await translator.WarmUpAsync(target, CancellationToken.None);
        run = await translator.TranslateAsync(sources, target, CancellationToken.None);
    }
    catch (RpcException e)
    {
        // A refused backend name (BACKEND_NOT_ENABLED) or a server that is not there: say which, no stack trace.
        Console.Error.WriteLine($"fr→{target}: the server answered {e.StatusCode}: {e.Status.Detail}");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fr→{target}: {run.Calls} calls in {run.Elapsed.TotalSeconds:F1} s (warm-up call {warmUp.TotalSeconds:F1} s, not counted)"));
    runs.Add(run);
    if (options.OutputDirectory is { } folder)
    {
        Directory.CreateDirectory(folder);
        var backends = string.Join('+', run.Sentences.Select(s => s.Backend).Distinct().Select(b => b.Replace(", ", "+", StringComparison.Ordinal)));
        var file = Path.Combine(folder, $"flores-dev.{backends}.{target}");
        await File.WriteAllLinesAsync(file, run.Sentences.Select(s => s.Text));
        Console.WriteLine($"  written to {file}");
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time {wall.Elapsed.TotalSeconds:F1} s for {options.Targets.Count} target(s), warm-up included"));
Console.WriteLine();
QualityReport.Print(runs, target => File.ReadAllLines(options.ReferenceFor(target)), Console.Out);
return 0;
