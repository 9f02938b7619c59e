using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Bench;

/// <summary>Splitting every paragraph of the long sample into sentences (done once per article, for the summary).</summary>
[MemoryDiagnoser]
public class SentenceSegmenterBenchmarks
{
    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private ISentenceSegmenter _segmenter = null!;
    private string[] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _segmenter = BenchHost.CreateServices().GetRequiredService<ISentenceSegmenter>();
        _paragraphs = BenchHost.Sample("budget-long.txt")
            .ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Benchmark]
    public int SplitLongArticle()
    {
        var sentences = 0;
        foreach (var paragraph in _paragraphs)
        {
            sentences += _segmenter.Split(paragraph, French).Count;
        }

        return sentences;
    }
}
