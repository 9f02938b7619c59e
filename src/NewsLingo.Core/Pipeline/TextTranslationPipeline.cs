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
        // Plain loops rather than LINQ and no Task.WhenAll for the usual single group and target:
        // this runs on every Translate call and its fixed cost showed in the load test's profile.
        var texts = request.Texts;
        var targets = request.Targets;
        var sources = new ResolvedLanguage?[texts.Count];
        var errors = new NewsLingoException?[texts.Count];

        // A caller-given language is the same answer for every text: resolved once.
        var givenSource = request.SourceLanguage is { } given ? ResolvedLanguage.Given(given) : null;
        if (givenSource is not null)
        {
            // A caller-given direction the backend lacks is the whole request's fault.
            for (var t = 0; t < targets.Count; t++)
            {
                var (chosen, chosenField) = Choice(request, t);
                await engine.EnsureSupportedAsync(new LanguageDirection(givenSource.Language, targets[t]), TargetField(t), cancellationToken, chosen, chosenField).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            try
            {
                sources[i] = givenSource ?? await languages.ResolveAsync(null, texts[i], TextField(i), cancellationToken).ConfigureAwait(false);
                if (givenSource is null)
                {
                    // A given source was checked for every target above; a detected one is checked per text.
                    for (var t = 0; t < targets.Count; t++)
                    {
                        var (chosen, chosenField) = Choice(request, t);
                        await engine.EnsureSupportedAsync(new LanguageDirection(sources[i]!.Language, targets[t]), TargetField(t), cancellationToken, chosen, chosenField).ConfigureAwait(false);
                    }
                }
            }
            catch (NewsLingoException error) when (error is RequestValidationException or UnsupportedDirectionException)
            {
                errors[i] = error;
            }
        }

        var translations = new TranslatedText[texts.Count][];
        for (var i = 0; i < translations.Length; i++)
        {
            translations[i] = new TranslatedText[targets.Count];
        }

        // Texts grouped by source language, groups in order of first appearance. A given source makes
        // one group of every text (none can have failed): the request's own list, nothing to gather.
        var groups = givenSource is null ? GroupBySource(sources, errors) : [(givenSource.Language, null)];
        var report = CallReport.WithNotes(request.InputNotes);
        if (groups.Count == 1 && targets.Count == 1)
        {
            report = report.Merge(await TranslateGroupAsync(request, groups[0].Source, groups[0].Indexes, 0, translations, cancellationToken).ConfigureAwait(false));
        }
        else if (groups.Count > 0)
        {
            var work = new Task<CallReport>[groups.Count * targets.Count];
            var w = 0;
            foreach (var (source, indexes) in groups)
            {
                for (var t = 0; t < targets.Count; t++)
                {
                    work[w++] = TranslateGroupAsync(request, source, indexes, t, translations, cancellationToken);
                }
            }

            report = report.Merge(CallReport.Merge(await Task.WhenAll(work).ConfigureAwait(false)));
        }

        var items = new TextTranslationItem[texts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = errors[i] is { } error
                ? new TextTranslationItem(sources[i], [], error)
                : new TextTranslationItem(sources[i], translations[i], null);
        }

        return new TextTranslationResult(items, ServedByAll(translations), report);
    }

    // textIndexes: the texts of the group, or null for every text of the request.
    private async Task<CallReport> TranslateGroupAsync(
        TextTranslationRequest request,
        LanguageTag source,
        List<int>? textIndexes,
        int targetIndex,
        TranslatedText[][] translations,
        CancellationToken cancellationToken)
    {
        var target = request.Targets[targetIndex];
        IReadOnlyList<string> segments = request.Texts;
        if (textIndexes is not null)
        {
            var gathered = new string[textIndexes.Count];
            for (var k = 0; k < gathered.Length; k++)
            {
                gathered[k] = request.Texts[textIndexes[k]];
            }

            segments = gathered;
        }

        var job = new SegmentJob(segments, source, target, request.Format, request.Formality, TargetField(targetIndex), request.Glossary, Choice(request, targetIndex).Name);
        var outcome = await engine.TranslateAsync(job, cancellationToken).ConfigureAwait(false);
        var results = outcome.Segments;
        for (var k = 0; k < segments.Count; k++)
        {
            var text = textIndexes is null ? k : textIndexes[k];
            translations[text][targetIndex] = new TranslatedText(target, results[k].Text, results[k].UnknownWords, results[k].Backend) { FactIssues = results[k].Issues };
        }

        return outcome.Report;
    }

    private static List<(LanguageTag Source, List<int>? Indexes)> GroupBySource(ResolvedLanguage?[] sources, NewsLingoException?[] errors)
    {
        var groups = new List<(LanguageTag Source, List<int>? Indexes)>(1);
        for (var i = 0; i < sources.Length; i++)
        {
            if (errors[i] is not null)
            {
                continue;
            }

            var language = sources[i]!.Language;
            var g = IndexOfGroup(groups, language);
            if (g < 0)
            {
                groups.Add((language, new List<int>(sources.Length)));
                g = groups.Count - 1;
            }

            groups[g].Indexes!.Add(i);
        }

        return groups;
    }

    private static int IndexOfGroup(List<(LanguageTag Source, List<int>? Indexes)> groups, LanguageTag language)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Source == language)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>The backends that produced the translations, as <see cref="ServedBy"/> names them; usually the configured one.</summary>
    private string ServedByAll(TranslatedText[][] translations)
    {
        string? only = null;
        var mixed = false;
        foreach (var perText in translations)
        {
            foreach (var translated in perText)
            {
                if (translated?.Backend is { } backend && backend != only)
                {
                    mixed |= only is not null;
                    only = backend;
                }
            }
        }

        if (!mixed)
        {
            return only ?? engine.TranslatorName;
        }

        var all = translations.SelectMany(t => t).Where(t => t is not null).Select(t => new TranslatedSegment(t.Text, t.UnknownWords, t.Backend));
        return ServedBy.Names(all, engine.TranslatorName);
    }

    private static (string? Name, string Field) Choice(TextTranslationRequest request, int target) =>
        request.Translators is { } choice ? choice.For(request.Targets[target]) : (null, "translator");

    private static string TextField(int index) => FieldPaths.Indexed("texts", index);

    private static string TargetField(int index) => FieldPaths.Indexed("target_languages", index);
}
