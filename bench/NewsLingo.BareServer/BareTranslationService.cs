using Grpc.Core;
using NewsLingo.Contracts.V1;

namespace NewsLingo.BareServer;

/// <summary>
/// Answers Translate the way NewsLingo does on its fake translator ("[en] " + text, the same source
/// language, translator name and usage fields), so the response has the same size, but does no
/// validation, language resolution, batching or mapping: the gRPC transport's cost alone.
/// </summary>
public sealed class BareTranslationService : TranslationService.TranslationServiceBase
{
    public override Task<TranslateResponse> Translate(TranslateRequest request, ServerCallContext context)
    {
        var response = new TranslateResponse { Translator = "fake", Usage = new UsageReport { SegmentsTranslated = request.Texts.Count * request.TargetLanguages.Count } };
        long characters = 0;
        foreach (var text in request.Texts)
        {
            var item = new TextTranslations
            {
                SourceLanguage = new SourceLanguage { Language = request.SourceLanguage, Detected = false, Confidence = 1 },
            };
            foreach (var target in request.TargetLanguages)
            {
                item.Translations.Add(new Translation { TargetLanguage = target, Text = "[" + target + "] " + text });
                characters += text.Length;
            }

            response.Texts.Add(item);
        }

        response.Usage.Backends.Add(new BackendUsage { Backend = "fake", Characters = characters, Requests = request.TargetLanguages.Count });
        return Task.FromResult(response);
    }
}
