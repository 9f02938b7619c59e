using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Caching;
using NewsLingo.LoadClient;
using NewsLingo.Server.Mapping;

namespace NewsLingo.Bench;

/// <summary>
/// The load test's Translate call cut into its stages, each with its time and allocations, so a
/// change to one stage shows where <see cref="RequestPathBenchmarks.Translate"/> moved.
/// </summary>
[MemoryDiagnoser]
public class TranslateStageBenchmarks
{
    private RequestReader _reader = null!;
    private TextTranslationPipeline _pipeline = null!;
    private TranslateRequest _request = null!;
    private TextTranslationRequest _read = null!;
    private TextTranslationResult _result = null!;
    private TranslationBatch _batch = null!;
    private ITranslationCache _cache = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var services = BenchHost.CreateServices();
        _reader = services.GetRequiredService<RequestReader>();
        _pipeline = services.GetRequiredService<TextTranslationPipeline>();
        _request = LoadShape.TranslateRequest();
        _read = _reader.Read(_request);
        _result = await _pipeline.TranslateAsync(_read, CancellationToken.None);
        _cache = services.GetRequiredService<ITranslationCache>();
        _batch = new TranslationBatch(_request.Texts, LanguageTag.Parse("fr"), LanguageTag.Parse("en"), TextFormat.Plain, Core.Translation.Formality.Default);
    }

    [Benchmark]
    public TextTranslationRequest ReadRequest() => _reader.Read(_request);

    [Benchmark]
    public Task<TextTranslationResult> Pipeline() => _pipeline.TranslateAsync(_read, CancellationToken.None);

    [Benchmark]
    public TranslateResponse MapResponse() => ResponseMapper.ToProto(_result);

    /// <summary>One segment found in the in-process cache: what every segment of a repeated text costs.</summary>
    [Benchmark]
    public ValueTask<TranslatedSegment?> CacheHit() => _cache.GetAsync(SegmentCacheKey.For("fake", _batch, _batch.Segments[0]), CancellationToken.None);

    /// <summary>The SHA-256 key a segment has in Redis (asked only when the in-process level misses).</summary>
    [Benchmark]
    public string SharedCacheKey() => SegmentCacheKey.For("fake", _batch, _batch.Segments[0]).DistributedKey;
}
