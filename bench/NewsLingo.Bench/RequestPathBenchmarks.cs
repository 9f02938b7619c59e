using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.LoadClient;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Bench;

/// <summary>
/// The work a Translate or ProcessArticle call does inside the server, minus Kestrel and grpc-dotnet:
/// parse the request bytes, validate and map (RequestReader), run the pipeline on the fakes, map
/// back and serialize. Compare with the load test's per-call CPU to see what the transport costs.
/// </summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks
{
    private RequestReader _reader = null!;
    private TextTranslationPipeline _translation = null!;
    private ArticlePipeline _articles = null!;
    private byte[] _translateRequest = [];
    private byte[] _articleRequest = [];

    [GlobalSetup]
    public void Setup()
    {
        var services = BenchHost.CreateServices();
        _reader = services.GetRequiredService<RequestReader>();
        _translation = services.GetRequiredService<TextTranslationPipeline>();
        _articles = services.GetRequiredService<ArticlePipeline>();
        _translateRequest = LoadShape.TranslateRequest().ToByteArray();
        var article = new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = BenchHost.Sample("palmyre-euronews.txt") },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        };
        _articleRequest = article.ToByteArray();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Translate()
    {
        var request = TranslateRequest.Parser.ParseFrom(_translateRequest);
        var result = await _translation.TranslateAsync(_reader.Read(request), CancellationToken.None);
        return ResponseMapper.ToProto(result).ToByteArray().Length;
    }

    [Benchmark]
    public async Task<int> ProcessArticle()
    {
        var request = ProcessArticleRequest.Parser.ParseFrom(_articleRequest);
        var result = await _articles.ProcessAsync(_reader.Read(request), CancellationToken.None);
        return ResponseMapper.ToProto(result).ToByteArray().Length;
    }
}
