using NewsLingo.Backends.Offline.Tests.Apertium;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Tests.Infrastructure;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>The offline default ("auto"): Apertium, the extractive summarizer and Lingua, on the seed article.</summary>
public sealed class OfflineDefaultTests
{
    [ApertiumFact]
    public async Task ProcessArticle_on_the_offline_default_gives_real_Spanish_and_English_with_summaries()
    {
        using var factory = new NewsLingoHost()
            .With("NewsLingo:Backends:Translator", "auto")
            .With("NewsLingo:Backends:Summarizer", "auto")
            .With("NewsLingo:Backends:LanguageDetector", "auto");
        var client = new ArticleService.ArticleServiceClient(factory.CreateChannel());

        var response = await client.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = Samples.Read("palmyre-euronews.txt") },
            TargetLanguages = { "es", "en" },
            Options = new ArticleOptions { Summary = new SummaryOptions { MaxSentences = 2 } },
        });

        Assert.Equal("fr", response.Source.Language.Language);
        var spanish = response.Translations.Single(t => t.TargetLanguage == "es");
        var english = response.Translations.Single(t => t.TargetLanguage == "en");
        Assert.Equal("apertium", spanish.Translator);
        Assert.Contains("ejército sirio", spanish.Article.Title, StringComparison.Ordinal);
        Assert.Contains("Syrian army", english.Article.Title, StringComparison.Ordinal);
        Assert.Equal(response.Source.Article.Blocks.Count, spanish.Article.Blocks.Count);
        Assert.Contains(spanish.Article.Blocks, b => b.Text.Contains("Palmira", StringComparison.Ordinal));
        Assert.Contains(english.Article.Blocks, b => b.Text.Contains("400", StringComparison.Ordinal));
        Assert.StartsWith("extractive", spanish.Summary.Backend, StringComparison.Ordinal);
        Assert.InRange(spanish.Summary.Sentences.Count, 1, 2);
        Assert.DoesNotContain(spanish.Summary.Sentences, s => s.Contains("Palmyre est", StringComparison.Ordinal));
        Assert.NotEqual(spanish.Summary.Text, english.Summary.Text);
        Assert.Contains(response.Usage.Backends, b => b.Backend == "apertium" && b.Characters > 0);
    }
}
