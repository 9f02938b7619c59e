using System.Text;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;
using ArticleInput = NewsLingo.Core.Articles.ArticleInput;
using ArticleReader = NewsLingo.Core.Articles.ArticleReader;
using IArticleReader = NewsLingo.Core.Articles.IArticleReader;
using ReadArticle = NewsLingo.Core.Articles.ReadArticle;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>HTML pages over the contract: the metadata fields, the skipped rules, and limits that count text, not markup.</summary>
public sealed class HtmlPageTests : IDisposable
{
    private readonly NewsLingoHost _factory = new();

    public void Dispose() => _factory.Dispose();

    private ArticleService.ArticleServiceClient Client(NewsLingoHost? factory = null) => new((factory ?? _factory).CreateChannel());

    private static ProcessArticleRequest PageRequest(string html) => new()
    {
        Article = new ArticleContent { Html = html },
        TargetLanguages = { "en" },
        Options = new ArticleOptions { SkipSummary = true },
    };

    /// <summary>A real page's weight: the article, then megabytes of inline script and style that are never read.</summary>
    private static string Padded(string page, int bytes)
    {
        var padding = new StringBuilder("<script>var tracking = [");
        while (padding.Length < bytes)
        {
            padding.Append("\"0123456789abcdef0123456789abcdef\",");
        }

        padding.Append("];</script>");
        return page.Replace("</body>", padding + "</body>", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessArticle_returns_the_page_metadata_in_the_source_article()
    {
        var response = await Client().ProcessArticleAsync(PageRequest(Samples.Read("pages/quotidien-national-abonnes.html")));

        var source = response.Source;
        Assert.Equal("Réforme des retraites : le Conseil constitutionnel valide l'essentiel du texte", source.Article.Title);
        Assert.Equal(["Hélène Marchetti", "Julien Bertaud"], source.Article.Authors);
        Assert.Equal(DateTimeOffset.Parse("2026-03-14T18:02:11Z", System.Globalization.CultureInfo.InvariantCulture), source.Article.PublishedTime.ToDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2026-03-15T07:40:00Z", System.Globalization.CultureInfo.InvariantCulture), source.Article.ModifiedTime.ToDateTimeOffset());
        Assert.Equal("Le Quotidien National", source.Article.SiteName);
        Assert.StartsWith("https://www.quotidien-national.example/politique/", source.Article.CanonicalUrl, StringComparison.Ordinal);
        Assert.Equal("Publié le 14 mars 2026 à 19h02, mis à jour le 15 mars 2026 à 08h40", source.Article.Dateline);
        Assert.Equal("fr-FR", source.DeclaredLanguage);
        Assert.Equal("fr", source.Language.Language);
        Assert.Empty(source.SkippedRules);
        Assert.Contains(source.Removed, r => r.Rule == "subscription");

        // Metadata is the source's, not translated: the translation carries the structure only (in
        // English typography: no space before the colon).
        Assert.Equal("[en] " + source.Article.Title.Replace(" :", ":", StringComparison.Ordinal), response.Translations[0].Article.Title);
    }

    [Fact]
    public async Task ProcessArticle_reports_a_rule_it_did_not_apply_because_it_held_the_article()
    {
        var response = await Client().ProcessArticleAsync(PageRequest(Samples.Read("pages/mur-cookies.html")));

        var skipped = Assert.Single(response.Source.SkippedRules);
        Assert.Equal("advertisement", skipped.Rule);
        Assert.Equal("[id^=ad-]", skipped.Selector);
        Assert.True(skipped.Characters > 1000);
        Assert.Equal(4, response.Source.Article.Blocks.Count);
    }

    [Fact]
    public async Task A_structured_article_keeps_the_metadata_its_caller_set()
    {
        var structured = new StructuredArticle
        {
            Title = "Budget voté",
            Blocks = { new ArticleBlock { Text = "Le conseil municipal a voté le budget de la ville." } },
            Authors = { "Claire Vasseur" },
            SiteName = "Le Quotidien du Rhône",
            CanonicalUrl = "https://quotidien.example/budget",
            PublishedTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 10, 14, 16, 5, 0, TimeSpan.Zero)),
        };

        var response = await Client().ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Structured = structured },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SkipSummary = true, SourceLanguage = "fr" },
        });

        Assert.Equal(["Claire Vasseur"], response.Source.Article.Authors);
        Assert.Equal("Le Quotidien du Rhône", response.Source.Article.SiteName);
        Assert.Equal("https://quotidien.example/budget", response.Source.Article.CanonicalUrl);
        Assert.Equal(structured.PublishedTime, response.Source.Article.PublishedTime);
        Assert.Null(response.Source.Article.ModifiedTime);
    }

    [Fact]
    public async Task An_HTML_page_of_megabytes_of_markup_is_read_when_its_text_is_within_the_article_limit()
    {
        var page = Padded(Samples.Read("pages/regional-og.html"), 6 * 1024 * 1024);
        Assert.True(page.Length > 200_000 * 30);

        var response = await Client().ProcessArticleAsync(PageRequest(page));

        Assert.Equal("Crue de la Loire : à Saumur, les quais rouverts après trois jours d'alerte", response.Source.Article.Title);
        Assert.Equal(5, response.Source.Article.Blocks.Count);
    }

    [Fact]
    public async Task An_HTML_page_over_the_HTML_limit_is_refused_with_what_to_send_instead()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Limits:MaxHtmlBytes", "4096");

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client(factory).ProcessArticleAsync(PageRequest(Padded(Samples.Read("pages/regional-og.html"), 8192))));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("article.html", violation.Field);
        Assert.Equal("TEXT_TOO_LONG", violation.Reason);
        Assert.Contains("NewsLingo:Limits:MaxHtmlBytes", violation.Description, StringComparison.Ordinal);
        Assert.Contains("without its <script>", violation.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Split it", violation.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>", "</div>", 300, "nests its elements more than 256 deep (NewsLingo:Limits:MaxHtmlDepth)")]
    [InlineData("<b>", "</b>", 300, "nests its elements more than 256 deep (NewsLingo:Limits:MaxHtmlDepth)")]
    [InlineData("<div><span>x</span></div>", "", 30_000, "has more than 50000 elements (NewsLingo:Limits:MaxHtmlElements)")]
    public async Task A_page_too_deep_or_too_big_to_read_is_refused_before_parsing_and_the_next_caller_is_served(string open, string close, int times, string expected)
    {
        var page = Samples.Read("pages/regional-og.html").Replace("</body>", string.Concat(Enumerable.Repeat(open, times)) + string.Concat(Enumerable.Repeat(close, times)) + "</body>", StringComparison.Ordinal);
        var client = Client();

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await client.ProcessArticleAsync(PageRequest(page)));
        var next = await client.ProcessArticleAsync(PageRequest(Samples.Read("pages/regional-og.html")));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("article.html", violation.Field);
        Assert.Equal("HTML_TOO_COMPLEX", violation.Reason);
        Assert.Contains(expected, violation.Description, StringComparison.Ordinal);
        Assert.Contains("send the article's own element, or its text as article.text", violation.Description, StringComparison.Ordinal);
        Assert.Equal(5, next.Source.Article.Blocks.Count);
    }

    [Fact]
    public async Task A_page_whose_tags_make_far_more_elements_than_they_show_is_refused_before_parsing()
    {
        // 200 bold elements left open, then short paragraphs: the parser would make the 200 again in each (millions from 40 KB).
        var reopened = "<p>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<b id={i}>")) + "x</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 5_000));
        var page = Samples.Read("pages/regional-og.html").Replace("</body>", reopened + "</body>", StringComparison.Ordinal);

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().ProcessArticleAsync(PageRequest(page)));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("HTML_TOO_COMPLEX", violation.Reason);
        Assert.Contains("has more than 50000 elements (NewsLingo:Limits:MaxHtmlElements)", violation.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"utf-8\"></head><body><div id=\"app\"></div><script>window.__STATE__ = {\"article\": {\"body\": \"Le conseil a voté.\"}};</script></body></html>")]
    [InlineData("<html><body><div class=\"cookie-wall\"><p>Nous utilisons des cookies.</p><button>Accepter</button></div></body></html>")]
    [InlineData("<html><body><nav><a href=\"/\">Accueil</a></nav><!-- rendu côté client --></body></html>")]
    public async Task A_page_with_no_article_text_is_refused_with_its_own_reason_and_what_to_send(string page)
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().ProcessArticleAsync(PageRequest(page)));

        Assert.Equal("NO_ARTICLE_TEXT", RpcAssert.ErrorInfo(status).Reason);
        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("article.html", violation.Field);
        Assert.Contains("rendered by script", violation.Description, StringComparison.Ordinal);
        Assert.Contains("cookie wall", violation.Description, StringComparison.Ordinal);
        Assert.Contains("its text as article.text", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_that_is_all_boilerplate_is_refused_with_its_own_reason_and_the_option_that_keeps_it()
    {
        var request = new ProcessArticleRequest { Article = new ArticleContent { Text = "Partager sur Facebook\n\nPUBLICITÉ\n\nLire aussi" }, TargetLanguages = { "en" }, Options = new ArticleOptions { SourceLanguage = "fr" } };

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().ProcessArticleAsync(request));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal(("article.text", "NO_ARTICLE_TEXT"), (violation.Field, violation.Reason));
        Assert.Contains("options.keep_boilerplate", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_HTML_page_whose_article_text_is_over_the_article_limit_is_refused_counting_text_only()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Limits:MaxArticleCharacters", "500");
        var page = Samples.Read("pages/regional-og.html");

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client(factory).ProcessArticleAsync(PageRequest(page)));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("article.html", violation.Field);
        Assert.Equal("TEXT_TOO_LONG", violation.Reason);
        Assert.Contains("characters of text; the limit is 500 (NewsLingo:Limits:MaxArticleCharacters)", violation.Description, StringComparison.Ordinal);
        Assert.Contains("Markup does not count", violation.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Split it", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_limit_counts_the_page_text_not_its_markup()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Limits:MaxArticleCharacters", "1500");
        var page = Padded(Samples.Read("pages/regional-og.html"), 20_000);
        Assert.True(page.Length > 10 * 1500);

        var response = await Client(factory).ProcessArticleAsync(PageRequest(page));

        Assert.Equal(5, response.Source.Article.Blocks.Count);
    }

    [Fact]
    public async Task A_page_is_read_once_whatever_the_number_of_targets()
    {
        var counting = new CountingReader(new ArticleReader());
        using var factory = new NewsLingoHost().WithServices(services => services.AddSingleton<IArticleReader>(counting));
        var request = PageRequest(Samples.Read("pages/regional-og.html"));
        request.TargetLanguages.Add("es");
        request.TargetLanguages.Add("de");

        var response = await Client(factory).ProcessArticleAsync(request);

        Assert.Equal(3, response.Translations.Count);
        Assert.Equal(1, counting.Reads);
    }

    [Fact]
    public async Task The_page_declared_language_does_not_override_a_confident_detection()
    {
        // A French article in an English template (lang="en"): detection on the extracted text wins.
        var page = Samples.Read("pages/regional-og.html").Replace("<html lang=\"fr\">", "<html lang=\"en\">", StringComparison.Ordinal);

        var response = await Client().ProcessArticleAsync(PageRequest(page));

        Assert.Equal("en", response.Source.DeclaredLanguage);
        Assert.Equal("fr", response.Source.Language.Language);
        Assert.True(response.Source.Language.Detected);
    }

    private sealed class CountingReader(IArticleReader inner) : IArticleReader
    {
        private int _reads;

        public int Reads => _reads;

        public ReadArticle Read(ArticleInput input, bool removeBoilerplate)
        {
            Interlocked.Increment(ref _reads);
            return inner.Read(input, removeBoilerplate);
        }
    }
}
