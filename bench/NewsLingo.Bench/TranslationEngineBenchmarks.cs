using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Bench;

/// <summary>
/// De-duplicating, packing and running the segments of an article through the fake translator (zero
/// latency), so what is measured is the engine's own overhead per segment.
/// </summary>
[MemoryDiagnoser]
public class TranslationEngineBenchmarks
{
    private TranslationEngine _engine = null!;
    private SegmentJob _job = null!;

    [Params(1, 75, 600)]
    public int Segments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = BenchHost.CreateServices().GetRequiredService<TranslationEngine>();
        var paragraphs = BenchHost.Sample("budget-long.txt")
            .ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Repeating the article gives duplicate segments, as feeds of near-identical articles do.
        var segments = Enumerable.Range(0, Segments).Select(i => paragraphs[i % paragraphs.Length]).ToList();
        _job = new SegmentJob(segments, LanguageTag.Parse("fr"), LanguageTag.Parse("en"));
    }

    [Benchmark]
    public async Task<int> TranslateAll() => (await _engine.TranslateAsync(_job, CancellationToken.None)).Segments.Count;

    [Benchmark]
    public async Task<int> StreamInOrder()
    {
        var count = 0;
        await foreach (var _ in _engine.Start(_job).ReadAllAsync(CancellationToken.None))
        {
            count++;
        }

        return count;
    }
}
