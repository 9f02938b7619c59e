using System.Runtime.CompilerServices;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Articles.Html;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>
/// The product: parse → clean → detect → translate per target → summarize → report. The source
/// is parsed, cleaned, detected and split into sentences once, whatever the number of targets.
/// </summary>
public sealed class ArticlePipeline(
    IArticleReader reader,
    ISentenceSegmenter segmenter,
    SourceLanguageResolver languages,
    TranslationEngine engine,
    SummaryWriter summaries)
{
    /// <summary>Characters of body text the detector looks at: plenty for a confident answer, cheap to score.</summary>
    private const int DetectionSampleLength = 2000;

    /// <summary>Processes every target concurrently and answers when all are done.</summary>
    public async Task<ArticleResult> ProcessAsync(ArticleRequest request, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        var summarySource = prepared.SummarySource(request);
        var sourceSummary = summarySource is null ? null : summaries.CreateSourceSummary(summarySource, cancellationToken);

        var translations = await Task.WhenAll(request.Targets.Select(async (target, index) =>
        {
            var article = new ArticleBuilder(prepared.Source.Read.Article);
            Summary? summary = null;
            TargetReport? report = null;
            await foreach (var step in TranslateTargetAsync(prepared, request, target, index, summarySource, sourceSummary, cancellationToken).ConfigureAwait(false))
            {
                switch (step)
                {
                    case ElementTranslated element:
                        article.Apply(element);
                        break;
                    case SummaryReady ready:
                        summary = ready.Summary;
                        break;
                    case TargetCompleted completed:
                        report = completed.Report;
                        break;
                }
            }

            return new ArticleTranslation(article.Build(), summary, report!);
        })).ConfigureAwait(false);

        var usage = await RequestReportAsync(request, prepared.Source.Read, translations.Select(t => t.Report.Usage), sourceSummary).ConfigureAwait(false);
        return new ArticleResult(prepared.Source, translations, usage);
    }

    /// <summary>
    /// Streams the article: the source first, then per target (in the caller's order) each element
    /// as soon as it is translated, then that target's summary; last, the usage. Cancelling the
    /// enumeration cancels the backend calls in flight.
    /// </summary>
    public async IAsyncEnumerable<ArticleEvent> StreamAsync(ArticleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        yield return new SourceReady(prepared.Source);

        var summarySource = prepared.SummarySource(request);
        var sourceSummary = summarySource is null ? null : summaries.CreateSourceSummary(summarySource, cancellationToken);
        var targetReports = new List<CallReport>(request.Targets.Count);
        for (var index = 0; index < request.Targets.Count; index++)
        {
            await foreach (var step in TranslateTargetAsync(prepared, request, request.Targets[index], index, summarySource, sourceSummary, cancellationToken).ConfigureAwait(false))
            {
                if (step is TargetCompleted completed)
                {
                    targetReports.Add(completed.Report.Usage);
                }

                yield return step;
            }
        }

        yield return new ArticleCompleted(await RequestReportAsync(request, prepared.Source.Read, targetReports, sourceSummary).ConfigureAwait(false));
    }

    /// <summary>The request's report: the input's notes, how the page was read when a stage failed, every target's report, and the shared source summary's once.</summary>
    private static async Task<CallReport> RequestReportAsync(ArticleRequest request, ReadArticle read, IEnumerable<CallReport> targets, SourceSummary? sourceSummary)
    {
        IReadOnlyList<string>? notes = read.Fallbacks.Count == 0 ? request.InputNotes : [.. request.InputNotes ?? [], .. read.Fallbacks.Select(f => f.Note)];
        var report = CallReport.WithNotes(notes).Merge(CallReport.Merge(targets));
        return sourceSummary is { WasMade: true } ? report.Merge((await sourceSummary.GetAsync().ConfigureAwait(false)).Report) : report;
    }

    private async Task<PreparedArticle> PrepareAsync(ArticleRequest request, CancellationToken cancellationToken)
    {
        // Blocks are safe inline HTML from here on, whatever the input was: that is what is translated and returned.
        var read = reader.Read(request.Input, request.RemoveBoilerplate).AsSafeHtml();
        var article = read.Article;
        var plainBlocks = article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text)).ToList();
        var bodyText = string.Join("\n\n", plainBlocks.Where(t => t.Length > 0));
        if (string.IsNullOrWhiteSpace(article.Title) && bodyText.Length == 0)
        {
            throw new RequestValidationException([NoArticleText.For(request.Input.Format)]);
        }

        ThrowIfTextTooLong(request, article, plainBlocks);

        // Detection reads the extracted article, not the page; the page's declared language only helps when detection is unsure.
        var sample = (article.Title + "\n\n" + bodyText).Trim();
        var language = await languages.ResolveAsync(
            request.SourceLanguage,
            sample.Length > DetectionSampleLength ? sample[..DetectionSampleLength] : sample,
            "options.source_language",
            read.DeclaredLanguage,
            cancellationToken).ConfigureAwait(false);

        // Every direction is checked before any work so a stream never half-serves a request it must refuse.
        for (var i = 0; i < request.Targets.Count; i++)
        {
            var (chosen, chosenField) = request.Translators?.For(request.Targets[i]) ?? (null, "options.translator");
            await engine.EnsureSupportedAsync(new LanguageDirection(language.Language, request.Targets[i]), $"target_languages[{i}]", cancellationToken, chosen, chosenField).ConfigureAwait(false);
        }

        if (request.Summary is { } summaryOptions)
        {
            summaries.EnsureEnabled(summaryOptions);
        }

        var sentences = article.Blocks
            .Select((block, i) => (block, text: plainBlocks[i]))
            .Where(b => b.block.Kind == ArticleBlockKind.Paragraph)
            .SelectMany(b => segmenter.Split(b.text, language.Language))
            .ToList();

        if (sentences.Count == 0 && !string.IsNullOrWhiteSpace(article.Title))
        {
            // An article that is only a headline is summarized by its headline: the summary is absent only when skipped.
            sentences = [.. segmenter.Split(article.Title, language.Language)];
        }

        return new PreparedArticle(new SourceArticle(read, language), sentences);
    }

    /// <summary>An HTML page is limited by the text read out of it (its markup is free); text and structure were checked on arrival.</summary>
    private static void ThrowIfTextTooLong(ArticleRequest request, Article article, List<string> plainBlocks)
    {
        if (request.MaxTextCharacters is not { } max || request.Input.Format != ArticleInputFormat.Html)
        {
            return;
        }

        var length = (article.Title?.Length ?? 0) + (article.Byline?.Length ?? 0) + (article.Dateline?.Length ?? 0) + plainBlocks.Sum(b => (long)b.Length);
        if (length > max)
        {
            throw new RequestValidationException(
            [
                new FieldViolation(
                    "article.html",
                    ErrorReasonCodes.TextTooLong,
                    $"The article read from this HTML page has {length} characters of text; the limit is {max} (NewsLingo:Limits:MaxArticleCharacters). Markup does not count, only the article's text: send the article in parts (several requests with article.text or article.structured, one per section), or ask the operator to raise the limit."),
            ]);
        }
    }

    private async IAsyncEnumerable<ArticleEvent> TranslateTargetAsync(
        PreparedArticle prepared,
        ArticleRequest request,
        LanguageTag target,
        int targetIndex,
        SummarySource? summarySource,
        SourceSummary? sourceSummary,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var article = prepared.Source.Read.Article;
        var elements = ElementsOf(article);

        // One job for the whole article, in HTML: title, byline and dateline are plain text, so they
        // travel encoded and come back decoded; blocks come back sanitized, whatever the backend wrote.
        var job = new SegmentJob(
            elements.Select(e => e.Element == ArticleElement.Block ? e.Text : SafeHtml.Encode(e.Text)).ToList(),
            prepared.Source.Language.Language,
            target,
            TextFormat.Html,
            request.Formality,
            $"target_languages[{targetIndex}]",
            request.Glossary,
            request.Translators?.For(target).Name);

        var unknownWords = new SortedSet<string>(StringComparer.Ordinal);
        var served = new List<TranslatedSegment>(elements.Count);
        var findings = new List<Facts.FactFinding>();
        var position = 0;
        var run = engine.Start(job);
        await foreach (var translated in run.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var element = elements[position++];
            unknownWords.UnionWith(translated.UnknownWords);
            served.Add(translated);
            var text = element.Element == ArticleElement.Block ? SafeHtml.Sanitize(translated.Text) : InlineMarkup.ToPlainText(translated.Text);
            var translatedElement = new ElementTranslated(target, element.Element, element.BlockIndex, element.BlockKind, text) { FactIssues = translated.Issues };
            findings.AddRange(Facts.FactFinding.In(translatedElement.Path, translated.Issues));
            yield return translatedElement;
        }

        var report = run.Report;
        if (summarySource is not null && sourceSummary is not null)
        {
            var (summary, summaryReport) = await summaries.WriteAsync(summarySource, target, sourceSummary, engine, request.Glossary, cancellationToken, job.Translator).ConfigureAwait(false);
            report = report.Merge(summaryReport);
            findings.AddRange(summary.FactIssues.Select(f => f with { Element = "summary." + f.Element }));
            yield return new SummaryReady(target, summary);
        }

        yield return new TargetCompleted(new TargetReport(target, ServedBy.Names(served, engine.TranslatorNameFor(job.Direction, job.Translator)), unknownWords.ToList(), report) { FactIssues = findings });
    }

    private static List<SourceElement> ElementsOf(Article article)
    {
        var elements = new List<SourceElement>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            elements.Add(new SourceElement(ArticleElement.Title, -1, ArticleBlockKind.Paragraph, article.Title));
        }

        if (!string.IsNullOrWhiteSpace(article.Byline))
        {
            elements.Add(new SourceElement(ArticleElement.Byline, -1, ArticleBlockKind.Paragraph, article.Byline));
        }

        if (!string.IsNullOrWhiteSpace(article.Dateline))
        {
            elements.Add(new SourceElement(ArticleElement.Dateline, -1, ArticleBlockKind.Paragraph, article.Dateline));
        }

        for (var i = 0; i < article.Blocks.Count; i++)
        {
            elements.Add(new SourceElement(ArticleElement.Block, i, article.Blocks[i].Kind, article.Blocks[i].Text));
        }

        return elements;
    }

    private sealed record SourceElement(ArticleElement Element, int BlockIndex, ArticleBlockKind BlockKind, string Text);

    private sealed record PreparedArticle(SourceArticle Source, IReadOnlyList<string> Sentences)
    {
        public SummarySource? SummarySource(ArticleRequest request) =>
            request.Summary is null || Sentences.Count == 0
                ? null
                : new SummarySource(Sentences, Source.Language.Language, request.Summary, Source.Read.Article.Title);
    }
}
