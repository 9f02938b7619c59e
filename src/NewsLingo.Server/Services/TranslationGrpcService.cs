using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Mapping;
using NewsLingo.Server.Validation;
using ProtoLanguageDirection = NewsLingo.Contracts.V1.LanguageDirection;

namespace NewsLingo.Server.Services;

/// <summary>newslingo.v1.TranslationService: maps messages to the pipeline and back.</summary>
public sealed class TranslationGrpcService(
    RequestReader reader,
    TextTranslationPipeline pipeline,
    TranslationEngine engine,
    ILanguageDetector detector,
    Core.Summarization.SummaryWriter summaries) : TranslationService.TranslationServiceBase
{
    public override async Task<TranslateResponse> Translate(TranslateRequest request, ServerCallContext context)
    {
        var result = await pipeline.TranslateAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(result);
    }

    public override async Task<DetectLanguageResponse> DetectLanguage(DetectLanguageRequest request, ServerCallContext context)
    {
        var detection = await detector.DetectAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(detection, detector.Name);
    }

    public override async Task<ListLanguagesResponse> ListLanguages(ListLanguagesRequest request, ServerCallContext context)
    {
        var violations = new ViolationCollector();
        var source = violations.OptionalLanguage("source_language", request.SourceLanguage);
        violations.ThrowIfAny();

        var directions = await engine.GetSupportedDirectionsAsync(context.CancellationToken);
        var response = new ListLanguagesResponse
        {
            Translator = engine.TranslatorName,
            Detector = detector.Name,
            Summarizer = summaries.SummarizerName,
        };
        response.Directions.AddRange(directions
            .Where(d => source is null || d.Source.Language == source.Value.Language)
            .OrderBy(d => d.Source.Value, StringComparer.Ordinal)
            .ThenBy(d => d.Target.Value, StringComparer.Ordinal)
            .Select(d => new ProtoLanguageDirection { SourceLanguage = d.Source.Value, TargetLanguage = d.Target.Value }));
        response.DetectionLanguages.AddRange(detector.SupportedLanguages
            .OrderBy(l => l.Value, StringComparer.Ordinal)
            .Select(l => new Language { Code = l.Value, Name = l.DisplayName }));
        return response;
    }
}
