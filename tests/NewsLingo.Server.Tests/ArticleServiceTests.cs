using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

public sealed class ArticleServiceTests : IDisposable
{
    private readonly NewsLingoHost _factory = new();

    public void Dispose() => _factory.Dispose();

    private ArticleService.ArticleServiceClient Client(NewsLingoHost? factory = null) => new((factory ?? _factory).CreateChannel());

    [Fact]
    public async Task ProcessArticle_translates_the_seed_article_into_each_target_keeping_structure_numbers_and_names()
    {
        var response = await Client().ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en", "es" },
            Options = new ArticleOptions { Summary = new SummaryOptions { MaxSentences = 2 } },
        });

        var source = response.Source.Article;
        Assert.Equal("fr", response.Source.Language.Language);
        Assert.True(response.Source.Language.Detected);
        Assert.Equal(["en", "es"], response.Translations.Select(t => t.TargetLanguage));
        foreach (var translation in response.Translations)
        {
            var marker = $"[{translation.TargetLanguage}] ";
            Assert.Equal(marker + source.Title, translation.Article.Title);
            Assert.Equal(source.Blocks.Count, translation.Article.Blocks.Count);
            for (var i = 0; i < source.Blocks.Count; i++)
            {
                Assert.Equal(source.Blocks[i].Kind, translation.Article.Blocks[i].Kind);
                Assert.Equal(marker + source.Blocks[i].Text, translation.Article.Blocks[i].Text);
            }

            var body = string.Join("\n", translation.Article.Blocks.Select(b => b.Text));
            foreach (var kept in new[] { "Palmyre", "Daech", "OSDH", "Hezbollah", "Mossoul", "Makmour", "Al-Anbar", "7 mars", "2015", "2014", "400" })
            {
                Assert.Contains(kept, body);
            }

            Assert.Equal(2, translation.Summary.Sentences.Count);
            Assert.All(translation.Summary.Sentences, s => Assert.StartsWith(marker, s));
            Assert.Equal(translation.TargetLanguage, translation.Summary.Language);
            Assert.Equal("fake", translation.Translator);
            Assert.True(translation.Usage.Backends.Single(b => b.Backend == "fake").Characters > 0);
        }

        Assert.True(response.Usage.Backends.Single().Characters > 0);
    }

    [Fact]
    public async Task ProcessArticle_accepts_a_structured_article_and_can_skip_the_summary()
    {
        var response = await Client().ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent
            {
                Structured = new StructuredArticle
                {
                    Title = "Le budget 2027 présenté",
                    Byline = "Par la rédaction",
                    Blocks =
                    {
                        new ArticleBlock { Kind = BlockKind.Paragraph, Text = "Le déficit est ramené à 4,6 % du PIB." },
                        new ArticleBlock { Kind = BlockKind.Subheading, Text = "Les mesures" },
                        new ArticleBlock { Kind = BlockKind.Paragraph, Text = "Le gouvernement prévoit 38 milliards d'économies." },
                    },
                },
            },
            TargetLanguages = { "de" },
            Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = true },
        });

        var article = Assert.Single(response.Translations).Article;
        Assert.Equal("[de] Le budget 2027 présenté", article.Title);
        Assert.Equal("[de] Par la rédaction", article.Byline);
        Assert.Equal(BlockKind.Subheading, article.Blocks[1].Kind);
        Assert.Equal("[de] Le déficit est ramené à 4,6 % du PIB.", article.Blocks[0].Text);
        Assert.Null(response.Translations[0].Summary);
        Assert.False(response.Source.Language.Detected);
    }

    [Fact]
    public async Task ProcessArticle_sends_a_repeated_paragraph_to_the_backend_once()
    {
        var response = await Client().ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Structured = new StructuredArticle { Blocks = { new ArticleBlock { Text = "Un paragraphe répété dans la page." }, new ArticleBlock { Text = "Un paragraphe répété dans la page." } } } },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = true },
        });

        Assert.Equal(1, response.Usage.DuplicateSegments);
        Assert.Equal("Un paragraphe répété dans la page.".Length, response.Usage.Backends.Single().Characters);
        Assert.All(response.Translations[0].Article.Blocks, b => Assert.Equal("[en] Un paragraphe répété dans la page.", b.Text));
    }

    [Fact]
    public async Task ProcessArticle_lists_every_invalid_field()
    {
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client().ProcessArticleAsync(new ProcessArticleRequest
        {
            Options = new ArticleOptions { SourceLanguage = "xx-1", Summary = new SummaryOptions { MaxWords = 100_000 } },
        }));

        var fields = RpcAssert.Violations(status).Select(v => v.Field).ToList();
        Assert.Equal(["article", "target_languages", "options.source_language", "options.summary.max_words"], fields);
    }

    [Fact]
    public async Task ProcessArticle_refuses_an_article_over_the_configured_size()
    {
        using var factory = new NewsLingoHost().With("NewsLingo:Limits:MaxArticleCharacters", "100");

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await Client(factory).ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en" },
        }));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("article.text", violation.Field);
        Assert.Contains("NewsLingo:Limits:MaxArticleCharacters", violation.Description);
    }

    [Fact]
    public async Task ProcessArticle_refuses_a_message_over_the_configured_size_before_any_work()
    {
        // The HTML limit is lowered too: the transport limit is never below what the HTML limit accepts.
        using var factory = new NewsLingoHost().With("NewsLingo:Grpc:MaxReceiveMessageBytes", "2048").With("NewsLingo:Limits:MaxHtmlBytes", "1024");

        var exception = await Assert.ThrowsAsync<RpcException>(async () => await Client(factory).ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "en" },
        }));

        Assert.Equal(StatusCode.ResourceExhausted, exception.StatusCode);
    }
}
