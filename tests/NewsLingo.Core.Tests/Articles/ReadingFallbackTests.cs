using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>
/// A page that can be read is read: when a stage of reading fails (a fault injected before the stage
/// runs), the page is read the next simpler way, the article says which stage failed and how it was
/// read instead, the reader logs the exception and counts the fallback by stage.
/// </summary>
public sealed class ReadingFallbackTests : IDisposable
{
    private const string Page = "pages/quotidien-national-abonnes.html";

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeLogger<ArticleReader> _logger = new();
    private readonly MetricCollector<long> _fallbacks;
    private readonly NewsLingoMetrics _metrics;

    public ReadingFallbackTests()
    {
        var meters = _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        _metrics = new NewsLingoMetrics(meters);
        _fallbacks = new MetricCollector<long>(meters, NewsLingoMetrics.MeterName, "newslingo.articles.reading_fallbacks");
    }

    public void Dispose()
    {
        _fallbacks.Dispose();
        _services.Dispose();
    }

    [Theory]
    [InlineData(ReadingStage.MainContent, "main-content", "the whole page was read through the boilerplate rules")]
    [InlineData(ReadingStage.BoilerplateRules, "boilerplate-rules", "the whole page was read as it is")]
    [InlineData(ReadingStage.Structure, "structure", "the page's text was read with its tags stripped")]
    [InlineData(ReadingStage.Parsing, "parsing", "the page's text was read with its tags stripped")]
    public void A_failing_stage_leaves_an_article_read_the_next_simpler_way_and_says_so(ReadingStage failing, string stage, string instead)
    {
        var read = Reader(failing).Read(ArticleInput.FromHtml(Samples.Read(Page)), removeBoilerplate: true);

        // The article's own paragraphs are there, read another way.
        Assert.Contains(read.Article.Blocks, b => b.Text.Contains("Le gouvernement", StringComparison.Ordinal));
        var fallback = Assert.Single(read.Fallbacks);
        Assert.Equal(failing, fallback.Stage);
        Assert.StartsWith(instead, fallback.Instead, StringComparison.Ordinal);
        Assert.Contains(stage, fallback.Note, StringComparison.Ordinal);

        var logged = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.IsType<InjectedFault>(logged.Exception);
        Assert.Contains(stage, logged.Message, StringComparison.Ordinal);
        var counted = Assert.Single(_fallbacks.GetMeasurementSnapshot());
        Assert.Equal(stage, counted.Tags["stage"]);
    }

    [Fact]
    public void Failing_metadata_costs_the_metadata_only()
    {
        var whole = new ArticleReader().Read(ArticleInput.FromHtml(Samples.Read(Page)), removeBoilerplate: true);

        var read = Reader(ReadingStage.Metadata).Read(ArticleInput.FromHtml(Samples.Read(Page)), removeBoilerplate: true);

        Assert.Equal(ReadingStage.Metadata, Assert.Single(read.Fallbacks).Stage);
        Assert.Equal(whole.Article.Blocks.Count(b => b.Kind == ArticleBlockKind.Paragraph), read.Article.Blocks.Count(b => b.Kind == ArticleBlockKind.Paragraph));
        Assert.Null(read.Article.Metadata.SiteName);
        Assert.Equal("Le Quotidien National", whole.Article.Metadata.SiteName);
    }

    [Fact]
    public void Keeping_boilerplate_falls_back_to_the_pages_text()
    {
        var read = Reader(ReadingStage.Structure).Read(ArticleInput.FromHtml(Samples.Read(Page)), removeBoilerplate: false);

        Assert.Contains(read.Article.Blocks, b => b.Text.Contains("Le gouvernement", StringComparison.Ordinal));
        Assert.Equal(ReadingStage.Structure, Assert.Single(read.Fallbacks).Stage);
    }

    [Fact]
    public void A_refusal_is_the_callers_answer_and_no_fallback()
    {
        // The parser counts the elements it makes: past the limit it stops, and the page is refused.
        var page = string.Concat(Enumerable.Repeat("<p>x</p>", 2_000));

        var refused = Assert.Throws<RequestValidationException>(() => Reader(failing: null).Read(ArticleInput.FromHtml(page, maxElements: 1_000), removeBoilerplate: true));

        Assert.Equal(ErrorReasonCodes.HtmlTooComplex, Assert.Single(refused.Violations).Reason);
        Assert.Empty(_logger.Collector.GetSnapshot());
        Assert.Empty(_fallbacks.GetMeasurementSnapshot());
    }

    private ArticleReader Reader(ReadingStage? failing) => new(
        Options.Create(new ArticleReaderOptions()),
        _logger,
        _metrics,
        new ReadingStages(stage =>
        {
            if (stage == failing)
            {
                throw new InjectedFault();
            }
        }));

    private sealed class InjectedFault() : Exception("A fault injected by the test.");
}
