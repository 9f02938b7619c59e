using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Articles;

namespace NewsLingo.Bench;

/// <summary>Parsing and cleaning one article (the first stage of every article request).</summary>
[MemoryDiagnoser]
public class ArticleReaderBenchmarks
{
    private IArticleReader _reader = null!;
    private ArticleInput _input = null!;

    [Params("palmyre-euronews.txt", "budget-long.txt", "conseil-municipal.html")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _reader = BenchHost.CreateServices().GetRequiredService<IArticleReader>();
        var text = BenchHost.Sample(Sample);
        _input = Sample.EndsWith(".html", StringComparison.Ordinal) ? ArticleInput.FromHtml(text) : ArticleInput.FromText(text);
    }

    [Benchmark]
    public ReadArticle Read() => _reader.Read(_input, removeBoilerplate: true);
}
