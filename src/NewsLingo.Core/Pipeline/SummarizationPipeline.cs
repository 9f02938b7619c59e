using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>Summarizes a free text: split into sentences, resolve the language, write the summary in the target.</summary>
public sealed class SummarizationPipeline(
    ISentenceSegmenter segmenter,
    SourceLanguageResolver languages,
    TranslationEngine engine,
    SummaryWriter summaries)
{
    public async Task<SummarizationResult> SummarizeAsync(SummarizationRequest request, CancellationToken cancellationToken)
    {
        summaries.EnsureEnabled(request.Options);
        var source = await languages.ResolveAsync(request.SourceLanguage, request.Text, "source_language", cancellationToken).ConfigureAwait(false);
        var target = request.TargetLanguage ?? source.Language;
        await engine.EnsureSupportedAsync(new LanguageDirection(source.Language, target), "target_language", cancellationToken).ConfigureAwait(false);

        var sentences = request.Text
            .Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(paragraph => segmenter.Split(paragraph, source.Language))
            .ToList();
        if (sentences.Count == 0)
        {
            throw new RequestValidationException([new FieldViolation("text", ErrorReasonCodes.FieldRequired, "The text has no sentence to summarize.")]);
        }

        var summarySource = new SummarySource(sentences, source.Language, request.Options, null);
        var sourceSummary = summaries.CreateSourceSummary(summarySource, cancellationToken);
        var (summary, report) = await summaries.WriteAsync(summarySource, target, sourceSummary, engine, glossary: null, cancellationToken).ConfigureAwait(false);
        report = CallReport.WithNotes(request.InputNotes).Merge(report);
        if (sourceSummary.WasMade)
        {
            report = report.Merge((await sourceSummary.GetAsync().ConfigureAwait(false)).Report);
        }

        return new SummarizationResult(summary, source, report);
    }
}
