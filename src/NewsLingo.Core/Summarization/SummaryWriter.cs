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
                return new Summary(direct.Sentences, target, source.Options.Style, summarizer.Name, direct.Note);
            }

            // A fallback summarizer that cannot write the target answered in the source: translate it like an extractive summary.
            var directJob = new SegmentJob(direct.Sentences, direct.Language, target, Glossary: glossary);
            var converted = await engine.TranslateAsync(directJob, meter, cancellationToken).ConfigureAwait(false);
            return new Summary(converted.Select(t => t.Text).ToList(), target, source.Options.Style, $"{summarizer.Name}+{engine.TranslatorName}", direct.Note);
        }

        var inSource = await sourceSummary.GetAsync().ConfigureAwait(false);
        var job = new SegmentJob(inSource.Sentences, inSource.Language, target, Glossary: glossary);
        var translated = await engine.TranslateAsync(job, meter, cancellationToken).ConfigureAwait(false);
        return new Summary(
            translated.Select(t => t.Text).ToList(),
            target,
            source.Options.Style,
            $"{summarizer.Name}+{engine.TranslatorName}",
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
