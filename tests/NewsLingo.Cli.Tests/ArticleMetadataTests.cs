using Google.Protobuf;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>
/// The page metadata (times, authors, site, address, declared language) and the skipped boilerplate
/// rules as `newslingo article` shows them, on pages sent through the real server.
/// </summary>
public sealed class ArticleMetadataTests(NewsLingoHost server) : IClassFixture<NewsLingoHost>
{
    /// <summary>Pages/tramway-metadata.html declares 19:02 and 08:40 at +01:00: printed in UTC.</summary>
    private static readonly string[] TramwayMetadata =
    [
        "Published: 2026-03-14 18:02Z",
        "Updated: 2026-03-15 07:40Z",
        "Authors: Claire Vasseur, Karim Benali",
        "Site: Le Progrès du Rhône",
        "URL: https://www.progres-rhone.example/lyon/transports/tramway-t10-ouverture",
        "Language declared: fr-FR",
    ];

    private static readonly string[] Labels = ["Published:", "Updated:", "Authors:", "Site:", "URL:", "Language declared:"];

    [Fact]
    public async Task Article_prints_the_page_metadata_under_the_title_byline_and_dateline()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Page("tramway-metadata.html"), "--html", "--to", "en", "--no-summary"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = CliHarness.Lines(run.Out);
        Assert.Equal("[en] Lyon: la ligne de tramway T10 ouvrira en septembre", lines[0]);
        Assert.StartsWith("[en] Publié le 14 mars 2026 à 19", lines[2]);
        Assert.Equal(TramwayMetadata, lines[3..9]);
        Assert.Equal(string.Empty, lines[9]);
        Assert.StartsWith("[en] La nouvelle ligne de tramway T10", lines[10]);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Article_prints_the_source_metadata_under_every_translation()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Page("tramway-metadata.html"), "--html", "--to", "en,es", "--no-summary"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = CliHarness.Lines(run.Out);
        foreach (var language in new[] { "en", "es" })
        {
            var section = lines.IndexOf($"=== {language} ===");
            Assert.True(section >= 0, $"no {language} section in:\n{run.Out}");
            var published = lines.IndexOf(TramwayMetadata[0], section);
            Assert.Equal(section + 5, published);
            Assert.StartsWith($"[{language}] Publié le", lines[published - 1]);
            Assert.Equal(TramwayMetadata, lines[published..(published + TramwayMetadata.Length)]);
        }

        Assert.Equal(2, lines.Count(l => l == TramwayMetadata[0]));
    }

    [Fact]
    public async Task Article_as_markdown_lists_the_metadata_under_the_credits_with_the_address_as_a_link()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Page("tramway-metadata.html"), "--html", "--to", "en", "--no-summary", "--format", "markdown"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = CliHarness.Lines(run.Out);
        Assert.Equal("# [en] Lyon: la ligne de tramway T10 ouvrira en septembre", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.StartsWith("*[en] ", lines[2]);
        Assert.EndsWith("*", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal(
            [
                "- Published: 2026-03-14 18:02Z",
                "- Updated: 2026-03-15 07:40Z",
                "- Authors: Claire Vasseur, Karim Benali",
                "- Site: Le Progrès du Rhône",
                "- URL: <https://www.progres-rhone.example/lyon/transports/tramway-t10-ouverture>",
                "- Language declared: fr-FR",
            ],
            lines[4..10]);
        Assert.Equal(string.Empty, lines[10]);
        Assert.StartsWith("[en] La nouvelle ligne", lines[11]);
    }

    [Fact]
    public async Task Article_of_plain_text_prints_no_metadata_lines()
    {
        var text = await File.ReadAllTextAsync(CliHarness.Sample("palmyre-euronews.txt"));

        var run = await CliHarness.RunAsync(server, ["article", "-", "--to", "en", "--no-summary"], stdin: text);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = CliHarness.Lines(run.Out);
        Assert.DoesNotContain(lines, l => Labels.Any(label => l.StartsWith(label, StringComparison.Ordinal)));

        // The header is the title, byline and dateline the server found, then straight to the body.
        var source = (await server.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = text },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SkipSummary = true },
        })).Source;
        var header = new[] { source.Article.Title, source.Article.Byline, source.Article.Dateline }.Count(s => s.Length > 0);
        Assert.True(header >= 1);
        Assert.All(lines[..header], l => Assert.StartsWith("[en] ", l));
        Assert.Equal(string.Empty, lines[header]);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Article_as_json_carries_the_metadata_as_ProcessArticle_does()
    {
        var html = await File.ReadAllTextAsync(CliHarness.Page("tramway-metadata.html"));

        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Page("tramway-metadata.html"), "--html", "--to", "en", "--no-summary", "--format", "json"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("\"publishedTime\": \"2026-03-14T18:02:00Z\"", run.Out);
        Assert.Contains("\"modifiedTime\": \"2026-03-15T07:40:00Z\"", run.Out);
        Assert.Contains("\"declaredLanguage\": \"fr-FR\"", run.Out);
        var response = JsonParser.Default.Parse<ProcessArticleResponse>(run.Out);
        var article = response.Source.Article;
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 18, 2, 0, TimeSpan.Zero), article.PublishedTime.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 7, 40, 0, TimeSpan.Zero), article.ModifiedTime.ToDateTimeOffset());
        Assert.Equal(["Claire Vasseur", "Karim Benali"], article.Authors);
        Assert.Equal("Le Progrès du Rhône", article.SiteName);
        Assert.Equal("https://www.progres-rhone.example/lyon/transports/tramway-t10-ouverture", article.CanonicalUrl);
        Assert.Equal("fr-FR", response.Source.DeclaredLanguage);
        Assert.Contains(response.Source.Removed, r => r.Rule == "share-button");

        // The same schema whichever RPC served: the source as ProcessArticle answers it, and no
        // metadata on the translation (the server sends it once, on the source).
        var direct = await server.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Html = html },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SkipSummary = true },
        });
        Assert.Equal(direct.Source, response.Source);
        var translated = Assert.Single(response.Translations).Article;
        Assert.Null(translated.PublishedTime);
        Assert.Empty(translated.Authors);
        Assert.Equal(string.Empty, translated.SiteName);
    }

    [Fact]
    public async Task Article_notes_on_stderr_a_rule_it_did_not_apply_because_it_held_the_article()
    {
        var page = CliHarness.Sample("pages/mur-cookies.html");
        var skipped = Assert.Single((await server.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Html = await File.ReadAllTextAsync(page) },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SkipSummary = true },
        })).Source.SkippedRules);

        var run = await CliHarness.RunAsync(server, ["article", page, "--html", "--to", "en", "--no-summary"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(
            $"note: boilerplate rule not applied because it would have removed the article: advertisement ([id^=ad-], {skipped.Characters} characters)",
            run.Error.TrimEnd('\r', '\n'));
        Assert.DoesNotContain("note:", run.Out);
        var lines = CliHarness.Lines(run.Out);
        Assert.Contains("Published: 2026-10-05 16:30Z", lines);
        Assert.Contains("Site: L'Écho du Doubs", lines);
        Assert.Contains("Language declared: fr", lines);
    }

    [Fact]
    public async Task Article_as_json_leaves_the_skipped_rules_to_the_document_and_stderr_empty()
    {
        var run = await CliHarness.RunAsync(server, ["article", CliHarness.Sample("pages/mur-cookies.html"), "--html", "--to", "en", "--no-summary", "--format", "json"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(string.Empty, run.Error);
        var skipped = Assert.Single(JsonParser.Default.Parse<ProcessArticleResponse>(run.Out).Source.SkippedRules);
        Assert.Equal("advertisement", skipped.Rule);
        Assert.Equal("[id^=ad-]", skipped.Selector);
    }
}
