using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>Input a careless or hostile client sends: control characters, bytes that are not UTF-8, escaped markup, placeholder look-alikes.</summary>
public sealed class HostileInputTests
{
    private const string TranslationService = "newslingo.v1.TranslationService";
    private const string ArticleService = "newslingo.v1.ArticleService";
    private const string SummarizationService = "newslingo.v1.SummarizationService";

    [Fact]
    public async Task Nul_and_control_characters_are_removed_before_any_backend_and_said_in_the_notes()
    {
        using var factory = new NewsLingoHost();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var response = await client.TranslateAsync(new TranslateRequest
        {
            Texts = { "Le conseil\u0000 municipal a voté le budget\u0000 de la ville.", "Texte propre.", "\u0001Fin\u0007 du\u001b conseil\u007f." },
            SourceLanguage = "fr",
            TargetLanguages = { "en", "es" },
        });

        Assert.Equal("[en] Le conseil municipal a voté le budget de la ville.", response.Texts[0].Translations[0].Text);
        Assert.Equal("[es] Fin du conseil.", response.Texts[2].Translations[1].Text);
        Assert.Equal(["texts[0]: 2 control character(s) removed", "texts[2]: 4 control character(s) removed"], response.Usage.Notes);
    }

    [Fact]
    public async Task C1_controls_are_read_as_the_Windows_1252_characters_they_stand_for()
    {
        using var factory = new NewsLingoHost();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var response = await client.TranslateAsync(new TranslateRequest { Texts = { "l\u0092homme a dit \u0093oui\u0094 \u0085" }, SourceLanguage = "fr", TargetLanguages = { "es" } });

        Assert.Equal("[es] l’homme a dit “oui” …", response.Texts[0].Translations[0].Text);
        Assert.Contains("texts[0]: 4 C1 control character(s) read as Windows-1252", response.Usage.Notes);
    }

    [Fact]
    public async Task A_nul_only_text_is_refused_as_empty()
    {
        using var factory = new NewsLingoHost();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await client.TranslateAsync(new TranslateRequest { Texts = { "\u0000\u0000" }, SourceLanguage = "fr", TargetLanguages = { "es" } }));

        Assert.Equal("texts[0]", Assert.Single(RpcAssert.Violations(status)).Field);
    }

    [Theory]
    [InlineData("Translate")]
    [InlineData("DetectLanguage")]
    [InlineData("Summarize")]
    [InlineData("ProcessArticle")]
    [InlineData("StreamArticle")]
    public async Task Bytes_that_are_not_UTF_8_are_refused_naming_the_field_on_every_rpc(string rpc)
    {
        using var factory = new NewsLingoHost();
        var channel = factory.CreateChannel();
        var article = new ArticleContent { Html = $"<p>Le conseil {RawGrpc.Marker} a voté.</p>" };
        Func<Task> call = rpc switch
        {
            "Translate" => () => RawGrpc.UnaryAsync(channel, TranslationService, rpc, RawGrpc.WithBytes(new TranslateRequest { Texts = { "Bon texte.", $"Texte {RawGrpc.Marker} cassé." }, TargetLanguages = { "es" } }, RawGrpc.Marker, RawGrpc.NotUtf8)),
            "DetectLanguage" => () => RawGrpc.UnaryAsync(channel, TranslationService, rpc, RawGrpc.WithBytes(new DetectLanguageRequest { Text = $"Texte {RawGrpc.Marker}" }, RawGrpc.Marker, RawGrpc.NotUtf8)),
            "Summarize" => () => RawGrpc.UnaryAsync(channel, SummarizationService, rpc, RawGrpc.WithBytes(new SummarizeRequest { Text = $"Texte {RawGrpc.Marker}." }, RawGrpc.Marker, RawGrpc.NotUtf8)),
            "ProcessArticle" => () => RawGrpc.UnaryAsync(channel, ArticleService, rpc, RawGrpc.WithBytes(new ProcessArticleRequest { Article = article, TargetLanguages = { "es" } }, RawGrpc.Marker, RawGrpc.NotUtf8)),
            _ => () => RawGrpc.ServerStreamingAsync(channel, ArticleService, rpc, RawGrpc.WithBytes(new StreamArticleRequest { Article = article, TargetLanguages = { "es" } }, RawGrpc.Marker, RawGrpc.NotUtf8)),
        };

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, call);

        Assert.Equal("INVALID_TEXT", RpcAssert.ErrorInfo(status).Reason);
        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal(rpc switch { "Translate" => "texts[1]", "DetectLanguage" or "Summarize" => "text", _ => "article.html" }, violation.Field);
        Assert.Contains("not valid UTF-8", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_no_message_at_all_are_invalid_argument_not_unknown()
    {
        using var factory = new NewsLingoHost();

        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, () => RawGrpc.UnaryAsync(factory.CreateChannel(), TranslationService, "Translate", [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01]));

        Assert.Equal("INVALID_REQUEST", RpcAssert.ErrorInfo(status).Reason);
    }

    [Fact]
    public async Task A_bulk_feed_answers_an_undecodable_article_alone_and_goes_on()
    {
        using var factory = new NewsLingoHost();
        ProcessArticlesRequest Item(string id, string text) => new() { RequestId = id, Article = new ArticleContent { Text = text }, TargetLanguages = { "es" }, Options = new ArticleOptions { SourceLanguage = "fr" } };

        var responses = (await RawGrpc.DuplexAsync(factory.CreateChannel(), ArticleService, "ProcessArticles",
            [
                Item("good-1", "Titre\n\nLe conseil municipal a voté le budget.").ToByteArray(),
                RawGrpc.WithBytes(Item("bad", $"Titre\n\nLe conseil {RawGrpc.Marker} a voté."), RawGrpc.Marker, RawGrpc.NotUtf8),
                [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01],
                Item("nul", "Titre\n\nLe conseil\u0000 municipal a voté.").ToByteArray(),
                Item("good-2", "Titre\n\nLe maire a démissionné.").ToByteArray(),
            ]))
            .Select(ProcessArticlesResponse.Parser.ParseFrom)
            .ToDictionary(r => r.RequestId);

        Assert.Equal(["", "bad", "good-1", "good-2", "nul"], responses.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ProcessArticlesResponse.ResultOneofCase.Article, responses["good-1"].ResultCase);
        Assert.Equal(ProcessArticlesResponse.ResultOneofCase.Article, responses["good-2"].ResultCase);
        Assert.Equal(ProcessArticlesResponse.ResultOneofCase.Article, responses["nul"].ResultCase);
        Assert.Equal((int)StatusCode.InvalidArgument, responses["bad"].Error.Code);
        Assert.Equal("INVALID_TEXT", RpcAssert.ErrorInfo(responses["bad"].Error).Reason);
        Assert.Equal("article.text", Assert.Single(RpcAssert.Violations(responses["bad"].Error)).Field);
        Assert.Equal("INVALID_REQUEST", RpcAssert.ErrorInfo(responses[""].Error).Reason);
        Assert.Contains("article.text: 1 control character(s) removed", responses["nul"].Article.Usage.Notes);
    }

    [Fact]
    public async Task Over_JSON_bytes_that_are_not_UTF_8_and_unpaired_surrogates_are_400()
    {
        using var factory = new NewsLingoHost();
        using var http = factory.CreateClient();
        var notUtf8 = Encoding.UTF8.GetBytes("{\"texts\": [\"Texte " + RawGrpc.Marker + "\"], \"targetLanguages\": [\"es\"]}");
        var at = Encoding.ASCII.GetString(notUtf8).IndexOf(RawGrpc.Marker, StringComparison.Ordinal);
        RawGrpc.NotUtf8.CopyTo(notUtf8, at);

        using var broken = await http.PostAsync("/v1/translate", new ByteArrayContent(notUtf8) { Headers = { ContentType = new("application/json") } });
        using var surrogate = await http.PostAsync("/v1/translate", new StringContent("{\"texts\": [\"Texte \\ud800 seul\"], \"targetLanguages\": [\"es\"]}", Encoding.UTF8, "application/json"));

        foreach (var response in new[] { broken, surrogate })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32());
            var details = body.RootElement.GetProperty("details").EnumerateArray().ToList();
            Assert.Contains(details, d => d.TryGetProperty("reason", out var reason) && reason.GetString() == "INVALID_TEXT");
            var violation = details.Single(d => d.TryGetProperty("fieldViolations", out _)).GetProperty("fieldViolations")[0];
            Assert.Equal("texts[0]", violation.GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task Over_JSON_a_surrogate_pair_and_an_escaped_backslash_are_fine()
    {
        using var factory = new NewsLingoHost();
        using var http = factory.CreateClient();

        using var response = await http.PostAsync("/v1/translate", new StringContent("{\"texts\": [\"Emoji \\ud83d\\ude00 et \\\\ud800 écrit\"], \"sourceLanguage\": \"fr\", \"targetLanguages\": [\"es\"]}", Encoding.UTF8, "application/json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[es] Emoji 😀 et \\ud800 écrit", body.RootElement.GetProperty("texts")[0].GetProperty("translations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Over_JSON_control_characters_are_removed_as_over_gRPC()
    {
        using var factory = new NewsLingoHost();
        using var http = factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/v1/translate", new { texts = new[] { "Le conseil\u0000 municipal." }, sourceLanguage = "fr", targetLanguages = new[] { "es" } });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[es] Le conseil municipal.", body.RootElement.GetProperty("texts")[0].GetProperty("translations")[0].GetProperty("text").GetString());
        Assert.Equal("texts[0]: 1 control character(s) removed", body.RootElement.GetProperty("usage").GetProperty("notes")[0].GetString());
    }

    [Fact]
    public async Task Escaped_markup_in_an_HTML_article_comes_back_escaped_in_the_source_and_every_translation()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Html = "<p>Le maire a dit &lt;img src=x onerror=alert(1)&gt; devant le conseil.</p><p>Puis &lt;script&gt;alert(1)&lt;/script&gt; <b>fin</b>.</p>" },
            TargetLanguages = { "en", "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        var blocks = response.Source.Article.Blocks.Concat(response.Translations.SelectMany(t => t.Article.Blocks)).Select(b => b.Text).ToList();
        Assert.Equal(6, blocks.Count);
        Assert.All(blocks, b => Assert.DoesNotContain("<img", b, StringComparison.OrdinalIgnoreCase));
        Assert.All(blocks, b => Assert.DoesNotContain("<script", b, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Le maire a dit &lt;img src=x onerror=alert(1)&gt; devant le conseil.", response.Source.Article.Blocks[0].Text);
        Assert.Equal("[en] Puis &lt;script&gt;alert(1)&lt;/script&gt; <b>fin</b>.", response.Translations[0].Article.Blocks[1].Text);
    }

    [Fact]
    public async Task Markup_in_a_structured_or_text_article_is_never_live_in_the_answer()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var structured = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Structured = new StructuredArticle { Title = "Titre <b>x</b>", Blocks = { new ArticleBlock { Text = "Le <em>maire</em><script>alert(1)</script> <a href=\"javascript:alert(1)\" onclick=\"x()\">lien</a> <img src=x onerror=alert(1)>." } } } },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });
        var text = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = "Titre\n\nLe maire a écrit <script>alert(1)</script> & signé." },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        Assert.Equal("Le <em>maire</em> <a>lien</a> .", structured.Source.Article.Blocks[0].Text);
        Assert.Equal("[es] Le <em>maire</em> <a>lien</a> .", structured.Translations[0].Article.Blocks[0].Text);
        Assert.Equal("Le maire a écrit &lt;script&gt;alert(1)&lt;/script&gt; &amp; signé.", text.Source.Article.Blocks[0].Text);
        Assert.Equal("[es] Le maire a écrit &lt;script&gt;alert(1)&lt;/script&gt; &amp; signé.", text.Translations[0].Article.Blocks[0].Text);
        Assert.Equal("[es] Titre", text.Translations[0].Article.Title);
    }

    [Fact]
    public async Task A_literal_placeholder_comes_back_unchanged_with_a_glossary_in_every_mode()
    {
        using var factory = new NewsLingoHost();
        var channel = factory.CreateChannel();
        var glossary = new Glossary { Entries = { new GlossaryEntry { Term = "Palmyre", Translation = "Palmyra" } } };
        const string source = "Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyre.";

        var plain = await new TranslationService.TranslationServiceClient(channel).TranslateAsync(new TranslateRequest { Texts = { source }, SourceLanguage = "fr", TargetLanguages = { "en" }, Glossary = glossary });
        var html = await new TranslationService.TranslationServiceClient(channel).TranslateAsync(new TranslateRequest { Texts = { $"<p>{source}</p>" }, SourceLanguage = "fr", TargetLanguages = { "en" }, Glossary = glossary, TextType = TextType.Html });
        var article = await new ArticleService.ArticleServiceClient(channel).ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = $"Titre\n\n{source}" },
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr", Glossary = glossary },
        });

        Assert.Equal("[en] Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyra.", plain.Texts[0].Translations[0].Text);
        Assert.Equal("[en] <p>Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyra.</p>", html.Texts[0].Translations[0].Text);
        Assert.Equal("[en] Le maire ⟦0⟧ a présenté le budget ⟦1⟧ de Palmyra.", article.Translations[0].Article.Blocks[0].Text);
    }

    [Fact]
    public async Task A_one_line_text_article_is_a_paragraph_and_gets_its_summary()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = "Le conseil municipal a voté le budget de la ville." },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        Assert.Equal(string.Empty, response.Source.Article.Title);
        Assert.Equal("Le conseil municipal a voté le budget de la ville.", Assert.Single(response.Source.Article.Blocks).Text);
        Assert.NotNull(response.Translations[0].Summary);
        Assert.NotEmpty(response.Translations[0].Summary.Sentences);
    }

    [Fact]
    public async Task A_headline_only_html_article_is_summarized_by_its_headline()
    {
        using var factory = new NewsLingoHost();
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Html = "<h1>Le budget de la ville est voté</h1>" },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        Assert.Equal("Le budget de la ville est voté", response.Source.Article.Title);
        Assert.Single(response.Translations[0].Summary.Sentences);
    }
}
