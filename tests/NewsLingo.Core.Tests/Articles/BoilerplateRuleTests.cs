using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles;

namespace NewsLingo.Core.Tests.Articles;

public sealed class BoilerplateRuleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newslingo-rules-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ServiceProvider Services(params string[] extraRuleFiles) => Services(extraRuleFiles, disabledRules: []);

    private static ServiceProvider Services(string[] extraRuleFiles, string[] disabledRules)
    {
        var settings = extraRuleFiles.Select((file, i) => new KeyValuePair<string, string?>($"NewsLingo:Articles:ExtraRuleFiles:{i}", file))
            .Concat(disabledRules.Select((rule, i) => new KeyValuePair<string, string?>($"NewsLingo:Articles:DisabledRules:{i}", rule)));
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddNewsLingoCore()
            .BuildServiceProvider();
    }

    [Fact]
    public void A_deployments_rule_file_removes_its_own_lines_under_its_rule_name()
    {
        var file = Path.Combine(_directory, "site.json");
        File.WriteAllText(file, """{ "language": "fr", "rules": [ { "name": "site-promo", "prefixes": ["Abonnez-vous au Quotidien"] } ] }""");
        using var services = Services(file);
        var reader = services.GetRequiredService<IArticleReader>();

        var read = reader.Read(ArticleInput.FromText("Titre\n\nAbonnez-vous au Quotidien pour 1 €\n\nLe maire a parlé hier soir devant le conseil."), removeBoilerplate: true);

        Assert.Equal(("Abonnez-vous au Quotidien pour 1 €", "site-promo"), (read.Removed.Single().Text, read.Removed.Single().Rule));
        Assert.Single(read.Article.Blocks);
    }

    [Fact]
    public void A_disabled_rule_keeps_what_it_would_have_removed_and_the_other_rules_still_apply()
    {
        const string Page = "<html><body><article><h1>Le pont rouvre</h1>"
            + "<p>Le pont de la Guillotière a rouvert lundi après six mois de travaux, a annoncé la métropole.</p>"
            + "<figure><img src=\"/pont.jpg\" alt=\"\"><figcaption>Le pont, lundi matin.</figcaption></figure>"
            + "<p>Les bus reprendront leur itinéraire habituel dès mardi, selon l'exploitant du réseau.</p>"
            + "<p>Partager sur Facebook</p></article></body></html>";
        using var defaults = Services();
        using var captionsKept = Services([], ["caption"]);

        var byDefault = defaults.GetRequiredService<IArticleReader>().Read(ArticleInput.FromHtml(Page), removeBoilerplate: true);
        var withCaptions = captionsKept.GetRequiredService<IArticleReader>().Read(ArticleInput.FromHtml(Page), removeBoilerplate: true);

        Assert.Equal(["caption", "share-button"], byDefault.Removed.Select(r => r.Rule));
        Assert.Equal(2, byDefault.Article.Blocks.Count);
        Assert.Equal(["share-button"], withCaptions.Removed.Select(r => r.Rule));
        Assert.Equal("Le pont, lundi matin.", withCaptions.Article.Blocks[1].Text);
        Assert.Equal(3, withCaptions.Article.Blocks.Count);
    }

    [Fact]
    public void Disabling_a_rule_that_does_not_exist_stops_start_up_naming_the_setting_and_the_rules()
    {
        using var services = Services([], ["captions"]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ArticleReaderOptions>>().Value);

        Assert.Contains("NewsLingo:Articles:DisabledRules:0 = 'captions'", error.Message, StringComparison.Ordinal);
        Assert.Contains("caption,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rule_file_stops_start_up_naming_the_setting()
    {
        using var services = Services(Path.Combine(_directory, "absent.json"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ArticleReaderOptions>>().Value);

        Assert.Contains("NewsLingo:Articles:ExtraRuleFiles:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_file_that_is_not_one_stops_start_up_saying_why()
    {
        var file = Path.Combine(_directory, "broken.json");
        File.WriteAllText(file, """{ "rules": [ { "prefixes": ["x"] } ] }""");
        using var services = Services(file);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ArticleReaderOptions>>().Value);

        Assert.Contains("each with a \"name\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_paragraph_that_starts_like_boilerplate_is_kept()
    {
        const string paragraph = "Partager cet article a valu à son auteur une convocation : le journaliste, qui avait publié les chiffres du budget avant leur présentation officielle, sera entendu la semaine prochaine par la commission des finances de l'Assemblée nationale.";
        var read = new ArticleReader().Read(ArticleInput.FromText($"Titre\n\n{paragraph}\n\nPUBLICITÉ"), removeBoilerplate: true);

        Assert.Equal(paragraph, read.Article.Paragraphs.Single().Text);
        Assert.Equal("advertisement", read.Removed.Single().Rule);
    }

    [Fact]
    public void Related_links_stop_at_the_first_real_paragraph()
    {
        var read = new ArticleReader().Read(
            ArticleInput.FromText("Titre\n\nLe maire a parlé.\n\nLire aussi\n\nVélo : Grenoble en tête\n\nLe conseil votera le budget en décembre, a-t-il ajouté."),
            removeBoilerplate: true);

        Assert.Equal(["Lire aussi", "Vélo : Grenoble en tête"], read.Removed.Select(r => r.Text));
        Assert.Equal(2, read.Article.Paragraphs.Count());
    }
}
