using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Html;
using NewsLingo.Core.Articles.Parsing;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Core.Articles;

/// <summary>
/// Reads scraped text, HTML or a caller-built article into title, byline, dateline, subheadings and
/// paragraphs, and drops the boilerplate the rules (<see cref="BoilerplateRuleSet"/>) recognise. An
/// HTML page is first reduced to its main content, and its declared metadata read (<see cref="HtmlPageReader"/>).
/// A page that can be read is read: when a stage of reading fails, the page is read again the next
/// simpler way (<see cref="PageReading"/>), the article says so (<see cref="ReadArticle.Fallbacks"/>),
/// and this reader logs the fault and counts it by stage.
/// </summary>
public sealed partial class ArticleReader : IArticleReader
{
    private readonly BoilerplateRuleSet _rules;
    private readonly ILogger<ArticleReader> _logger;
    private readonly NewsLingoMetrics? _metrics;
    private readonly ReadingStages _stages;

    public ArticleReader(IOptions<ArticleReaderOptions> options, ILogger<ArticleReader>? logger = null, NewsLingoMetrics? metrics = null)
        : this(options, logger, metrics, ReadingStages.Unfaulted)
    {
    }

    /// <summary>A reader whose stages run under <paramref name="stages"/> (tests inject faults there).</summary>
    internal ArticleReader(IOptions<ArticleReaderOptions> options, ILogger<ArticleReader>? logger, NewsLingoMetrics? metrics, ReadingStages stages)
    {
        _rules = BoilerplateRuleSet.Load(options.Value.ExtraRuleFiles, options.Value.DisabledRules);
        _logger = logger ?? NullLogger<ArticleReader>.Instance;
        _metrics = metrics;
        _stages = stages;
    }

    /// <summary>A reader with the built-in rules only.</summary>
    public ArticleReader()
        : this(Options.Create(new ArticleReaderOptions()))
    {
    }

    public ReadArticle Read(ArticleInput input, bool removeBoilerplate)
    {
        switch (input.Format)
        {
            case ArticleInputFormat.Structured:
                var structured = input.Structured!;
                return new ReadArticle(structured, [], structured.Blocks.Any(b => b.Text.Contains('<', StringComparison.Ordinal)));
            case ArticleInputFormat.Html:
                return Reported(ReadHtml(input.Raw ?? string.Empty, input.MaxHtmlElements, removeBoilerplate), input.Raw?.Length ?? 0);
            default:
                return ArticleAssembler.Assemble(PlainTextArticleParser.Parse(input.Raw ?? string.Empty), _rules, removeBoilerplate, documentTitle: null);
        }
    }

    private ReadArticle ReadHtml(string html, int? maxElements, bool removeBoilerplate)
    {
        var fallbacks = new List<ReadingFallback>();
        var failed = new HashSet<ReadingStage>();
        var reading = removeBoilerplate ? PageReading.Detected : PageReading.WholeAsIs;
        while (reading != PageReading.PageText)
        {
            try
            {
                var page = HtmlPageReader.Read(html, _rules, reading, maxElements, fallbacks, _stages);
                var cleaning = reading != PageReading.WholeAsIs;
                var read = _stages.Run(cleaning ? ReadingStage.BoilerplateRules : ReadingStage.Structure, () => ArticleAssembler.Assemble(page, _rules, cleaning));
                return read with { Fallbacks = fallbacks };
            }
            catch (ReadingStageException failure)
            {
                failed.Add(failure.Stage);
                var next = reading.Next(failed);
                fallbacks.Add(new ReadingFallback(failure.Stage, next.Describe(), failure.Fault));
                reading = next;
            }
        }

        // The last way uses none of the stages above: the page's text, read as scraped text without rules.
        return ArticleAssembler.Assemble(PlainTextArticleParser.Parse(PageText.Of(html)), _rules, removeBoilerplate: false, documentTitle: null) with { Fallbacks = fallbacks };
    }

    private ReadArticle Reported(ReadArticle read, int characters)
    {
        foreach (var fallback in read.Fallbacks)
        {
            LogFallback(fallback.Exception, characters, fallback.StageName, fallback.Instead);
            _metrics?.RecordReadingFallback(fallback.StageName);
        }

        return read;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading an HTML page of {Characters} characters failed at {Stage}; {Instead}. A reader fault: the exception shows where.")]
    private partial void LogFallback(Exception exception, int characters, string stage, string instead);
}
