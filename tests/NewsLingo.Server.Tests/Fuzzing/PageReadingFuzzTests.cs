using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Mapping;
using NewsLingo.Testing.Fuzzing;
using Xunit.Abstractions;

namespace NewsLingo.Server.Tests.Fuzzing;

/// <summary>
/// Property-based tests of reading a page as the server does, in process (CsCheck): the request read
/// at the edge (size, shape, text hygiene), then the article reader. The pages are the project's own
/// and the real pages of shared/extraction, mangled the ways scrapers mangle them (cut at any byte,
/// tags and closing tags removed, bodies duplicated, classes shuffled, junk inserted), and random tag
/// soup. Whatever the page, the answer is a refusal with a domain reason or a safe article, read
/// without an exception and without a fallback (a fallback is a reader fault its safety net caught).
/// </summary>
public sealed class PageReadingFuzzTests(ITestOutputHelper output)
{
    private static readonly IArticleReader Reader = new ArticleReader();
    private static readonly RequestReader Requests = new(new ServiceCollection().AddOptions().BuildServiceProvider().GetRequiredService<IOptionsMonitor<RequestLimitsOptions>>());

    /// <summary>What the edge may refuse a page for: each is an answer the caller can act on.</summary>
    private static readonly string[] Refusals = [ErrorReasonCodes.HtmlTooComplex, ErrorReasonCodes.TextTooLong, ErrorReasonCodes.InvalidText, ErrorReasonCodes.FieldRequired];

    [Fact]
    public void Mangled_real_pages_read_into_safe_articles()
    {
        var corpus = PageCorpus.Default;
        output.WriteLine($"{corpus.Count} pages, {corpus.SharedPages} of them from {corpus.SharedFolder ?? "(no shared/extraction found: the project's own pages only)"}");
        Sample(HtmlFuzz.MutatedPages(corpus), FuzzBudget.Iterations(1500));
    }

    [Fact]
    public void Random_tag_soup_reads_into_safe_articles()
    {
        Sample(HtmlFuzz.TagSoup, FuzzBudget.Iterations(2000));
    }

    private void Sample(Gen<FuzzPage> pages, long iterations)
    {
        try
        {
            pages.Sample(page => FuzzBudget.Checked(page, Read), writeLine: output.WriteLine, iter: iterations, print: p => p.ToString());
        }
        catch (CsCheckException failure)
        {
            throw new CsCheckException(failure.Message + Environment.NewLine + FuzzBudget.HowToReplay, failure.InnerException);
        }
    }

    private static void Read(FuzzPage page)
    {
        // Half the cases keep the boilerplate: the whole page is structured, no detection.
        var request = new ProcessArticleRequest
        {
            Article = new ArticleContent { Html = page.Html },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { KeepBoilerplate = page.Html.Length % 2 == 1 },
        };

        Core.Pipeline.ArticleRequest read;
        try
        {
            read = Requests.Read(request);
        }
        catch (RequestValidationException refused)
        {
            Assert.All(refused.Violations, v => Assert.Contains(v.Reason, Refusals));
            return;
        }

        var article = Reader.Read(read.Input, read.RemoveBoilerplate);
        Assert.Empty(article.Fallbacks);
        ArticleInvariants.AssertHold(article.AsSafeHtml());
    }
}
