using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Backends;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Mapping;
using NewsLingo.Server.Validation;
using ProtoLanguageDirection = NewsLingo.Contracts.V1.LanguageDirection;
using TranslationRoute = NewsLingo.Contracts.V1.TranslationRoute;

namespace NewsLingo.Server.Services;

/// <summary>newslingo.v1.TranslationService: maps messages to the pipeline and back.</summary>
public sealed class TranslationGrpcService(
    RequestReader reader,
    TextTranslationPipeline pipeline,
    TranslationEngine engine,
    ILanguageDetector detector,
    Core.Summarization.SummaryWriter summaries,
    SelectedBackends selected) : TranslationService.TranslationServiceBase
{
    public override async Task<TranslateResponse> Translate(TranslateRequest request, ServerCallContext context)
    {
        var result = await pipeline.TranslateAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(result);
    }

    public override async Task<DetectLanguageResponse> DetectLanguage(DetectLanguageRequest request, ServerCallContext context)
    {
        var detection = await detector.DetectAsync(reader.Read(request), context.CancellationToken);
        return ResponseMapper.ToProto(detection, detection.Detector ?? detector.Name);
    }

    public override async Task<ListLanguagesResponse> ListLanguages(ListLanguagesRequest request, ServerCallContext context)
    {
        var violations = new ViolationCollector();
        var source = violations.OptionalLanguage("source_language", request.SourceLanguage);
        violations.ThrowIfAny();

        var directions = await engine.GetSupportedDirectionsAsync(context.CancellationToken);
        var router = engine.Router;
        var response = new ListLanguagesResponse
        {
            Translator = engine.TranslatorName,
            Detector = detector.Name,
            Summarizer = summaries.SummarizerName,
        };
        var listed = Filter(directions, source).ToList();
        response.Directions.AddRange(listed.Select(ToProto));
        foreach (var name in router.Translators.Enabled)
        {
            var backend = new TranslatorBackend { Name = name, IsDefault = name == router.Translators.Enabled[0], Fallbacks = { selected.FallbacksOf(BackendCapabilities.Translate, name) } };
            backend.Directions.AddRange(Filter(await router.Translators.Named(name).GetSupportedDirectionsAsync(context.CancellationToken), source).Select(ToProto));
            response.Translators.Add(backend);
        }

        response.Routes.AddRange(router.Routes.Select(r => new TranslationRoute
        {
            SourceLanguage = r.Source,
            TargetLanguage = r.Target,
            Translator = r.Translator,
            Fallbacks = { r.Fallbacks },
        }));
        response.Routed.AddRange(listed.Select(d => new RoutedDirection
        {
            SourceLanguage = d.Source.Value,
            TargetLanguage = d.Target.Value,
            Translator = engine.TranslatorNameFor(d, requested: null),
        }));
        response.Summarizers.AddRange(summaries.Summarizers.Enabled);
        response.SummarizerBackends.AddRange(summaries.Summarizers.Enabled.Select(name => new SummarizerBackend
        {
            Name = name,
            IsDefault = name == summaries.Summarizers.Enabled[0],
            Fallbacks = { selected.FallbacksOf(BackendCapabilities.Summarize, name) },
        }));
        response.DetectorFallbacks.AddRange(selected.LanguageDetectorFallbacks);
        response.DetectionLanguages.AddRange(detector.SupportedLanguages
            .OrderBy(l => l.Value, StringComparer.Ordinal)
            .Select(l => new Language { Code = l.Value, Name = l.DisplayName }));
        return response;
    }

    private static IEnumerable<Core.Languages.LanguageDirection> Filter(IEnumerable<Core.Languages.LanguageDirection> directions, Core.Languages.LanguageTag? source) =>
        directions
            .Where(d => source is null || d.Source.Language == source.Value.Language)
            .OrderBy(d => d.Source.Value, StringComparer.Ordinal)
            .ThenBy(d => d.Target.Value, StringComparer.Ordinal);

    private static ProtoLanguageDirection ToProto(Core.Languages.LanguageDirection direction) =>
        new() { SourceLanguage = direction.Source.Value, TargetLanguage = direction.Target.Value };
}
