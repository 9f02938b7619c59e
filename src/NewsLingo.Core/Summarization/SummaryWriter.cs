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

    /// <summary>A per-request holder for the source-language summary, made at most once; its report is the request's, not a target's.</summary>
    public SourceSummary CreateSourceSummary(SummarySource source, CancellationToken cancellationToken) =>
        new(() => summarizer.SummarizeAsync(RequestOf(source, source.Language), cancellationToken));

    /// <summary>The summary in <paramref name="target"/>, and what this target's share of it did (the shared source summary excluded).</summary>
    public async Task<(Summary Summary, CallReport Report)> WriteAsync(
        SummarySource source,
        LanguageTag target,
        SourceSummary sourceSummary,
        TranslationEngine engine,
        Glossary? glossary,
        CancellationToken cancellationToken)
    {
        if (summarizer.CanWriteIn(target) && source.Language != target)
        {
            var direct = await summarizer.SummarizeAsync(RequestOf(source, target), cancellationToken).ConfigureAwait(false);
            if (direct.Language == target)
            {
                return (new Summary(direct.Sentences, target, source.Options.Style, direct.Backend, direct.Note), direct.Report);
            }

            // A fallback summarizer that cannot write the target answered in the source: translate it like an extractive summary.
            var (converted, translation) = await TranslateAsync(direct, source, target, engine, glossary, cancellationToken).ConfigureAwait(false);
            return (converted, direct.Report.Merge(translation));
        }

        var inSource = await sourceSummary.GetAsync().ConfigureAwait(false);
        if (source.Language == target)
        {
            return (new Summary(inSource.Sentences, target, source.Options.Style, inSource.Backend, inSource.Note), CallReport.Empty);
        }

        return await TranslateAsync(inSource, source, target, engine, glossary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A source-language summary translated; named after the summarizer and the translator that really served.</summary>
    private static async Task<(Summary Summary, CallReport Report)> TranslateAsync(
        SummaryResult inSource,
        SummarySource source,
        LanguageTag target,
        TranslationEngine engine,
        Glossary? glossary,
        CancellationToken cancellationToken)
    {
        var job = new SegmentJob(inSource.Sentences, inSource.Language, target, Glossary: glossary);
        var translated = await engine.TranslateAsync(job, cancellationToken).ConfigureAwait(false);
        var translators = ServedBy.Names(translated.Segments, engine.TranslatorName);
        var summary = new Summary(
            translated.Segments.Select(t => t.Text).ToList(),
            target,
            source.Options.Style,
            $"{inSource.Backend}+{translators}",
            inSource.Note)
        {
            FactIssues = [.. translated.Segments.SelectMany((t, i) => Facts.FactFinding.In($"sentences[{i}]", t.Issues))],
        };
        return (summary, translated.Report);
    }

    private static SummaryRequest RequestOf(SummarySource source, LanguageTag target) =>
        new(source.Sentences, source.Language, target, source.Options.Length, source.Options.Style, source.Title);
}
