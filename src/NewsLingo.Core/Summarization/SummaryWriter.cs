using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Summarization;

/// <summary>
/// Makes the summary for one target. A summarizer that can write the target language does so
/// directly (an LLM summarizes better than it translates a summary); otherwise the source is
/// summarized once per request and that summary is translated per target, so an extractive
/// summarizer ranks sentences once however many targets there are.
/// </summary>
public sealed class SummaryWriter(ISummarizer summarizer)
{
    public string SummarizerName => summarizer.Name;

    /// <summary>A per-request holder for the source-language summary, made at most once.</summary>
    public SourceSummary CreateSourceSummary(SummarySource source, UsageMeter meter, CancellationToken cancellationToken) =>
        new(() => SummarizeAsync(source, source.Language, meter, cancellationToken));

    public async Task<Summary> WriteAsync(
        SummarySource source,
        LanguageTag target,
        SourceSummary sourceSummary,
        TranslationEngine engine,
        Glossary? glossary,
        UsageMeter meter,
        CancellationToken cancellationToken)
    {
        if (summarizer.CanWriteIn(target) || source.Language == target)
        {
            var direct = summarizer.CanWriteIn(target) && source.Language != target
                ? await SummarizeAsync(source, target, meter, cancellationToken).ConfigureAwait(false)
                : await sourceSummary.GetAsync().ConfigureAwait(false);
            if (direct.Language == target)
            {
                return new Summary(direct.Sentences, target, source.Options.Style, direct.Usage.Backend, direct.Note);
            }

            // A fallback summarizer that cannot write the target answered in the source: translate it like an extractive summary.
            return await TranslateAsync(direct, source, target, engine, glossary, meter, cancellationToken).ConfigureAwait(false);
        }

        var inSource = await sourceSummary.GetAsync().ConfigureAwait(false);
        return await TranslateAsync(inSource, source, target, engine, glossary, meter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A source-language summary translated; named after the summarizer and the translator that really served.</summary>
    private static async Task<Summary> TranslateAsync(
        SummaryResult inSource,
        SummarySource source,
        LanguageTag target,
        TranslationEngine engine,
        Glossary? glossary,
        UsageMeter meter,
        CancellationToken cancellationToken)
    {
        var job = new SegmentJob(inSource.Sentences, inSource.Language, target, Glossary: glossary);
        var translated = await engine.TranslateAsync(job, meter, cancellationToken).ConfigureAwait(false);
        var translators = ServedBy.Names(translated, engine.TranslatorName);
        return new Summary(
            translated.Select(t => t.Text).ToList(),
            target,
            source.Options.Style,
            $"{inSource.Usage.Backend}+{translators}",
            inSource.Note);
    }

    private async Task<SummaryResult> SummarizeAsync(SummarySource source, LanguageTag target, UsageMeter meter, CancellationToken cancellationToken)
    {
        var request = new SummaryRequest(source.Sentences, source.Language, target, source.Options.Length, source.Options.Style, source.Title);
        var result = await summarizer.SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Usage.Requests > 0 || result.Usage.Characters > 0)
        {
            meter.Record(result.Usage);
        }

        meter.RecordCacheHits(result.FromCache ? 1 : 0);
        foreach (var fallback in result.Fallbacks ?? [])
        {
            meter.RecordFallback(fallback);
        }

        return result;
    }
}
