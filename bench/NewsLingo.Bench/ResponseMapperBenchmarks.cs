using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Bench;

/// <summary>Mapping a processed article (two targets) to its proto response, and serializing it.</summary>
[MemoryDiagnoser]
public class ResponseMapperBenchmarks
{
    private ArticleResult _result = null!;

    [Params("palmyre-euronews.txt", "budget-long.txt")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var pipeline = BenchHost.CreateServices().GetRequiredService<ArticlePipeline>();
        var request = new ArticleRequest(
            ArticleInput.FromText(BenchHost.Sample(Sample)),
            [LanguageTag.Parse("en"), LanguageTag.Parse("es")],
            LanguageTag.Parse("fr"),
            NewsLingo.Core.Summarization.SummaryOptions.Default);
        _result = await pipeline.ProcessAsync(request, CancellationToken.None);
    }

    [Benchmark]
    public object ToProto() => ResponseMapper.ToProto(_result);

    [Benchmark]
    public byte[] ToProtoAndSerialize() => ResponseMapper.ToProto(_result).ToByteArray();
}
