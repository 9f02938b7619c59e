using NewsLingo.Core.Backends;
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
public sealed class SummaryWriter(EnabledBackends<ISummarizer> summarizers)
{
    /// <summary>What the enabled summarizers are called in a refusal of one a request names.</summary>
    public const string Kind = "summarizer";

    /// <summary>One summarizer for every request.</summary>
    public SummaryWriter(ISummarizer summarizer)
        : this(EnabledBackends<ISummarizer>.Single(Kind, summarizer.Name, summarizer))
    {
    }

    /// <summary>The default summarizer's name.</summary>
    public string SummarizerName => summarizers.Default.Name;

    /// <summary>The enabled summarizers.</summary>
    public EnabledBackends<ISummarizer> Summarizers => summarizers;

    /// <summary>Refuses a summarizer the deployment does not enable, before any work.</summary>
    public void EnsureEnabled(SummaryOptions options) => summarizers.For(options.Summarizer, options.SummarizerField);

    /// <summary>A per-request holder for the source-language summary, made at most once; its report is the request's, not a target's.</summary>
    public SourceSummary CreateSourceSummary(SummarySource source, CancellationToken cancellationToken) =>
        new(() => summarizers.For(source.Options.Summarizer, source.Options.SummarizerField).SummarizeAsync(RequestOf(source, source.Language), cancellationToken));

    /// <summary>The summary in <paramref name="target"/>, and what this target's share of it did (the shared source summary excluded).</summary>
    public async Task<(Summary Summary, CallReport Report)> WriteAsync(
        SummarySource source,
        LanguageTag target,
        SourceSummary sourceSummary,
        TranslationEngine engine,
        Glossary? glossary,
        CancellationToken cancellationToken,
        string? translator = null)
    {
        var summarizer = summarizers.For(source.Options.Summarizer, source.Options.SummarizerField);
        if (summarizer.CanWriteIn(target) && source.Language != target)
        {
            var direct = await summarizer.SummarizeAsync(RequestOf(source, target), cancellationToken).ConfigureAwait(false);
            if (direct.Language == target)
            {
                return (new Summary(direct.Sentences, target, source.Options.Style, direct.Backend, direct.Note), direct.Report);
            }

            // A fallback summarizer that cannot write the target answered in the source: translate it like an extractive summary.
            var (converted, translation) = await TranslateAsync(direct, source, target, engine, glossary, translator, cancellationToken).ConfigureAwait(false);
            return (converted, direct.Report.Merge(translation));
        }

        var inSource = await sourceSummary.GetAsync().ConfigureAwait(false);
        if (source.Language == target)
        {
            return (new Summary(inSource.Sentences, target, source.Options.Style, inSource.Backend, inSource.Note), CallReport.Empty);
        }

        return await TranslateAsync(inSource, source, target, engine, glossary, translator, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A source-language summary translated; named after the summarizer and the translator that really served.</summary>
    private static async Task<(Summary Summary, CallReport Report)> TranslateAsync(
        SummaryResult inSource,
        SummarySource source,
        LanguageTag target,
        TranslationEngine engine,
        Glossary? glossary,
        string? translator,
        CancellationToken cancellationToken)
    {
        var job = new SegmentJob(inSource.Sentences, inSource.Language, target, Glossary: glossary, Translator: translator);
        var translated = await engine.TranslateAsync(job, cancellationToken).ConfigureAwait(false);
        var translators = ServedBy.Names(translated.Segments, engine.TranslatorNameFor(job.Direction, translator));
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
