using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>
/// Translates a batch of independent texts. Texts sharing a source language travel together so the
/// backend sees as few calls as its limits allow; a text whose language cannot be detected, or whose
/// detected language the backend cannot translate, fails alone.
/// </summary>
public sealed class TextTranslationPipeline(SourceLanguageResolver languages, TranslationEngine engine)
{
    public async Task<TextTranslationResult> TranslateAsync(TextTranslationRequest request, CancellationToken cancellationToken)
    {
        var meter = new UsageMeter();
        var sources = new ResolvedLanguage?[request.Texts.Count];
        var errors = new NewsLingoException?[request.Texts.Count];

        if (request.SourceLanguage is { } given)
        {
            // A caller-given direction the backend lacks is the whole request's fault.
            for (var t = 0; t < request.Targets.Count; t++)
            {
                await engine.EnsureSupportedAsync(new LanguageDirection(given, request.Targets[t]), $"target_languages[{t}]", cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < request.Texts.Count; i++)
        {
            try
            {
                sources[i] = await languages.ResolveAsync(request.SourceLanguage, request.Texts[i], $"texts[{i}]", cancellationToken).ConfigureAwait(false);
                for (var t = 0; t < request.Targets.Count; t++)
                {
                    await engine.EnsureSupportedAsync(new LanguageDirection(sources[i]!.Language, request.Targets[t]), $"target_languages[{t}]", cancellationToken).ConfigureAwait(false);
                }
            }
            catch (NewsLingoException error) when (error is RequestValidationException or UnsupportedDirectionException)
            {
                errors[i] = error;
            }
        }

        var translations = new TranslatedText[request.Texts.Count][];
        for (var i = 0; i < translations.Length; i++)
        {
            translations[i] = new TranslatedText[request.Targets.Count];
        }

        var groups = Enumerable.Range(0, request.Texts.Count)
            .Where(i => errors[i] is null)
            .GroupBy(i => sources[i]!.Language)
            .ToList();

        var work = from g in groups
                   from t in Enumerable.Range(0, request.Targets.Count)
                   select TranslateGroupAsync(request, g.Key, g.ToList(), t, translations, meter, cancellationToken);
        await Task.WhenAll(work).ConfigureAwait(false);

        var items = Enumerable.Range(0, request.Texts.Count)
            .Select(i => errors[i] is { } error
                ? new TextTranslationItem(sources[i], [], error)
                : new TextTranslationItem(sources[i], translations[i], null))
            .ToList();
        return new TextTranslationResult(items, engine.TranslatorName, meter.Snapshot());
    }

    private async Task TranslateGroupAsync(
        TextTranslationRequest request,
        LanguageTag source,
        List<int> textIndexes,
        int targetIndex,
        TranslatedText[][] translations,
        UsageMeter meter,
        CancellationToken cancellationToken)
    {
        var target = request.Targets[targetIndex];
        var job = new SegmentJob(textIndexes.Select(i => request.Texts[i]).ToList(), source, target, request.Format, request.Formality, $"target_languages[{targetIndex}]", request.Glossary);
        var results = await engine.TranslateAsync(job, meter, cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < textIndexes.Count; k++)
        {
            translations[textIndexes[k]][targetIndex] = new TranslatedText(target, results[k].Text, results[k].UnknownWords);
        }
    }
}
