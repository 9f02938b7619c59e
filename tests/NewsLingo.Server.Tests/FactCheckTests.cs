using Grpc.Core;
using NewsLingo.Contracts.V1;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests;

/// <summary>The fact check as a caller sees it: issues per element, usage counts, localized figures, glossaries per target and the deployment's own.</summary>
public sealed class FactCheckTests
{
    private static NewsLingoHost Host(double figureFaults = 0, bool glossaries = false) =>
        new NewsLingoHost()
            .With("NewsLingo:Fakes:FigureFaultRate", figureFaults.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("NewsLingo:Glossaries:Enabled", glossaries ? "true" : "false");

    [Fact]
    public async Task A_figure_the_backend_changed_is_reported_on_its_text_and_counted()
    {
        using var host = Host(figureFaults: 1);
        var response = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Aucun chiffre ici.", "Le budget atteint 3 450 000 euros." },
            TargetLanguages = { "en" },
        });

        Assert.Empty(response.Texts[0].Translations[0].FactIssues);
        var issue = Assert.Single(response.Texts[1].Translations[0].FactIssues);
        Assert.Equal("texts[1]", issue.Element);
        Assert.Equal(FactKind.Amount, issue.Kind);
        Assert.Equal("3 450 000 euros", issue.Source);
        Assert.Equal("3450000 EUR", issue.Expected);
        Assert.Equal("4 450 000 euros", issue.Found);
        Assert.Equal(2, response.Usage.SegmentsFactChecked);
        Assert.Equal(1, response.Usage.FactIssues);
    }

    [Fact]
    public async Task Figures_left_in_French_format_come_back_in_the_targets()
    {
        using var host = Host();
        var response = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Les prix ont augmenté de 2,3 % et 12 500 foyers paient 1,87 euro le litre." },
            TargetLanguages = { "en", "es", "de" },
        });

        var byTarget = response.Texts[0].Translations.ToDictionary(t => t.TargetLanguage, t => t.Text);
        Assert.Equal("[en] Les prix ont augmenté de 2.3% et 12,500 foyers paient 1.87 euro le litre.", byTarget["en"]);
        Assert.Equal("[es] Les prix ont augmenté de 2,3 % et 12.500 foyers paient 1,87 euro le litre.", byTarget["es"].Replace('\u00A0', ' '));
        Assert.Equal("[de] Les prix ont augmenté de 2,3 % et 12.500 foyers paient 1,87 euro le litre.", byTarget["de"].Replace('\u00A0', ' '));
        Assert.All(response.Texts[0].Translations, t => Assert.Empty(t.FactIssues));
        Assert.True(response.Usage.NumbersLocalized >= 5, $"{response.Usage.NumbersLocalized} localized");
    }

    [Fact]
    public async Task An_article_reports_each_issue_on_its_element_in_the_answer_and_in_the_stream()
    {
        using var host = Host(figureFaults: 1);
        var article = new ArticleContent
        {
            Structured = new StructuredArticle
            {
                Title = "Le budget 2026 adopté",
                Blocks =
                {
                    new ArticleBlock { Kind = BlockKind.Paragraph, Text = "Le conseil a voté sans débat." },
                    new ArticleBlock { Kind = BlockKind.Paragraph, Text = "Il prévoit 850 000 euros pour les écoles." },
                },
            },
        };

        var response = await host.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = article,
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = true },
        });

        var issues = response.Translations[0].FactIssues;
        Assert.Equal(["title", "blocks[1]"], issues.Select(i => i.Element));
        Assert.Equal("850 000 euros", issues[1].Source);
        Assert.Equal(2, response.Translations[0].Usage.FactIssues);

        using var stream = host.Articles.StreamArticle(new StreamArticleRequest
        {
            Article = article,
            TargetLanguages = { "en" },
            Options = new ArticleOptions { SourceLanguage = "fr", SkipSummary = true },
        });
        var elements = new List<TranslatedElement>();
        await foreach (var message in stream.ResponseStream.ReadAllAsync())
        {
            if (message.Element is { } element)
            {
                elements.Add(element);
            }
        }

        Assert.Equal("2026", elements[0].FactIssues.Single().Source);
        Assert.Empty(elements[1].FactIssues);
        Assert.Equal("blocks[1]", elements[2].FactIssues.Single().Element);
    }

    [Fact]
    public async Task A_translated_summary_is_checked_like_any_segment()
    {
        using var host = Host(figureFaults: 1);
        var response = await host.Articles.ProcessArticleAsync(new ProcessArticleRequest
        {
            Article = new ArticleContent { Text = "Le conseil a voté sans débat.\n\nIl prévoit 850 000 euros pour les écoles." },
            TargetLanguages = { "es" },
            Options = new ArticleOptions { SourceLanguage = "fr", Summary = new SummaryOptions { MaxSentences = 2 } },
        });

        var translation = response.Translations[0];
        var figures = translation.Summary.Sentences.ToList().FindIndex(s => s.Contains(" 000 euros", StringComparison.Ordinal));
        var summaryIssue = Assert.Single(translation.Summary.FactIssues);
        Assert.Equal($"sentences[{figures}]", summaryIssue.Element);
        Assert.Equal("850 000 euros", summaryIssue.Source);
        Assert.Equal(["blocks[0]", $"summary.sentences[{figures}]"], translation.FactIssues.Select(i => i.Element));
    }

    [Fact]
    public async Task A_glossary_entry_gives_each_target_its_own_translation()
    {
        using var host = Host();
        var entry = new GlossaryEntry { Term = "Palmyre", Translations = { ["en"] = "Palmyra", ["es"] = "Palmira" } };
        var response = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Les ruines de Palmyre." },
            TargetLanguages = { "en", "es", "it" },
            Glossary = new Glossary { Entries = { entry } },
        });

        var byTarget = response.Texts[0].Translations.ToDictionary(t => t.TargetLanguage, t => t.Text);
        Assert.Equal("[en] Les ruines de Palmyra.", byTarget["en"]);
        Assert.Equal("[es] Les ruines de Palmira.", byTarget["es"]);

        // A target the entry does not name translates the term like any other word.
        Assert.Equal("[it] Les ruines de Palmyre.", byTarget["it"]);
    }

    [Fact]
    public async Task The_shipped_exonyms_apply_under_the_requests_own_entries()
    {
        using var host = Host(glossaries: true);
        var response = await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "De Palmyre à Mossoul, en passant par Alep." },
            TargetLanguages = { "en", "es" },
            Glossary = new Glossary { Entries = { new GlossaryEntry { Term = "Alep", Translation = "Halab" } } },
        });

        var byTarget = response.Texts[0].Translations.ToDictionary(t => t.TargetLanguage, t => t.Text);
        Assert.Equal("[en] De Palmyra à Mosul, en passant par Halab.", byTarget["en"]);
        Assert.Equal("[es] De Palmira à Mosul, en passant par Halab.", byTarget["es"]);
    }

    [Fact]
    public async Task A_glossary_translation_keyed_by_no_language_is_refused_naming_it()
    {
        using var host = Host();
        var status = await RpcAssert.FailsWithAsync(StatusCode.InvalidArgument, async () => await host.Translation.TranslateAsync(new TranslateRequest
        {
            SourceLanguage = "fr",
            Texts = { "Les ruines de Palmyre." },
            TargetLanguages = { "en" },
            Glossary = new Glossary { Entries = { new GlossaryEntry { Term = "Palmyre", Translations = { ["not a tag!"] = "Palmyra" } } } },
        }));

        var violation = Assert.Single(RpcAssert.Violations(status));
        Assert.Equal("glossary.entries[0].translations[not a tag!]", violation.Field);
        Assert.Equal("INVALID_LANGUAGE_CODE", violation.Reason);
        Assert.Equal("'not a tag!' is not a BCP-47 language tag; key each translation by its target language (\"en\", \"pt-BR\").", violation.Description);
    }

    [Fact]
    public void A_missing_or_broken_glossary_file_stops_start_up_naming_the_setting()
    {
        var broken = Path.GetTempFileName();
        File.WriteAllText(broken, """{ "sourceLanguage": "fr", "entries": [ { "translation": "Palmyra" } ] }""");
        try
        {
            using var host = new NewsLingoHost()
                .With("NewsLingo:Glossaries:Files:0", "/nonexistent/glossary.json")
                .With("NewsLingo:Glossaries:Files:1", broken);

            var error = Assert.ThrowsAny<Exception>(() => host.Server);
            var message = error.ToString();
            Assert.Contains("NewsLingo:Glossaries:Files:0", message, StringComparison.Ordinal);
            Assert.Contains("NewsLingo:Glossaries:Files:1", message, StringComparison.Ordinal);
            Assert.Contains("\"term\" is required", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
