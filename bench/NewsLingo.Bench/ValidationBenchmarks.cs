using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Languages;
using NewsLingo.LoadClient;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Bench;

/// <summary>
/// What validating a request's language codes costs: every Translate call parses and checks
/// source_language and each target, so these run several times per call.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private RequestReader _reader = null!;
    private TranslateRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = BenchHost.CreateServices().GetRequiredService<RequestReader>();
        _request = LoadShape.TranslateRequest();
    }

    [Benchmark]
    public bool ParseLanguageTag() => LanguageTag.TryParse("pt-BR", out _);

    [Benchmark]
    public bool IsKnownLanguage() => LanguageTag.Parse("fr").IsKnownLanguage();

    [Benchmark]
    public object ReadTranslateRequest() => _reader.Read(_request);
}
