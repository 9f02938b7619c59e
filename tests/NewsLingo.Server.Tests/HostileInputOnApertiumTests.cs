using NewsLingo.Backends.Offline.Tests.Apertium;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>The hostile inputs whose harm depended on the engine, on the real offline default.</summary>
public sealed class HostileInputOnApertiumTests
{
    private static NewsLingoHost OfflineDefault() => new NewsLingoHost()
        .With("NewsLingo:Backends:Translator", "apertium")
        .With("NewsLingo:Backends:Summarizer", "extractive")
        .With("NewsLingo:Backends:LanguageDetector", "fake")
        .With("NewsLingo:Cache:Enabled", "false");

    [ApertiumFact]
    public async Task A_nul_in_a_text_neither_fails_the_call_nor_takes_Apertium_away_from_other_callers()
    {
        using var factory = OfflineDefault();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());
        var hostile = new TranslateRequest { Texts = { "Le conseil\u0000 municipal a voté le budget\u0000 de la ville." }, SourceLanguage = "fr", TargetLanguages = { "en", "es" } };

        // More than the circuit's minimum throughput: had any failed, the circuit would be open now.
        for (var i = 0; i < 6; i++)
        {
            var answer = await client.TranslateAsync(hostile);
            Assert.Contains("presupuesto", answer.Texts[0].Translations[1].Text, StringComparison.Ordinal);
            Assert.Empty(answer.Usage.Fallbacks);
        }

        var other = await client.TranslateAsync(new TranslateRequest { Texts = { "Le maire est parti." }, SourceLanguage = "fr", TargetLanguages = { "es" } }, deadline: DateTime.UtcNow.AddSeconds(20));
        var article = await new ArticleService.ArticleServiceClient(factory.CreateChannel()).ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = "Budget\n\nLe conseil\u0000 municipal a voté le budget.\u0000" },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr" },
        });

        Assert.StartsWith("El alcalde", other.Texts[0].Translations[0].Text, StringComparison.Ordinal);
        Assert.Equal("apertium", other.Translator);
        Assert.Contains("presupuesto", article.Translations[0].Article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [ApertiumFact]
    public async Task In_HTML_mode_only_text_reaches_Apertium_and_entities_scripts_and_styles_come_back_intact()
    {
        using var factory = OfflineDefault();
        var client = new TranslationService.TranslationServiceClient(factory.CreateChannel());
        const string html = "<p>Le maire a dit &lt;script&gt; &eacute;lu &amp; content &#x1F600;.</p><script>alert(document.cookie)</script><style>p{color:red}</style><!-- le maire -->";

        var response = await client.TranslateAsync(new TranslateRequest { Texts = { html }, SourceLanguage = "fr", TargetLanguages = { "en", "es" }, TextType = TextType.Html });

        foreach (var translation in response.Texts[0].Translations)
        {
            Assert.Contains("&lt;script&gt;", translation.Text, StringComparison.Ordinal);
            Assert.Contains("😀", translation.Text, StringComparison.Ordinal);
            Assert.EndsWith("<script>alert(document.cookie)</script><style>p{color:red}</style><!-- le maire -->", translation.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("&x1F600", translation.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(translation.UnknownWords, w => w is "eacute" or "amp" or "lt" or "gt" or "script" or "x1F600");
        }

        Assert.Contains("mayor", response.Texts[0].Translations[0].Text, StringComparison.Ordinal);
        Assert.Contains("alcalde", response.Texts[0].Translations[1].Text, StringComparison.Ordinal);
    }
}
