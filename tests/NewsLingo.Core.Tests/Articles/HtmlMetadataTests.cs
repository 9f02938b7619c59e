using NewsLingo.Core.Articles;
using NewsLingo.Core.Articles.Html;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>Metadata sources in order, tolerance of broken markup, visible dates, and rules that would delete the article.</summary>
public sealed class HtmlMetadataTests
{
    private const string Body = """
        <p>Le conseil municipal de Lyon a adopté lundi soir un plan de 42 millions d'euros destiné à doubler la longueur des pistes cyclables d'ici 2030, après six heures de débats.</p>
        <p>Le projet prévoit 85 kilomètres de nouvelles voies, dont une liaison continue entre la gare de Part-Dieu et le campus de la Doua, financée pour moitié par la métropole.</p>
        <p>L'opposition a dénoncé un calendrier irréaliste et demandé une consultation des commerçants de la Croix-Rousse, où 300 places de stationnement doivent disparaître.</p>
        """;

    private readonly ArticleReader _reader = new();

    private ReadArticle Read(string html) => _reader.Read(ArticleInput.FromHtml(html), removeBoilerplate: true);

    [Fact]
    public void Broken_JSON_LD_is_skipped_and_the_meta_tags_answer()
    {
        var read = Read($$"""
            <html><head><title>Vélo à Lyon | Le Quotidien</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Jamais lu" "author":</script>
            <meta property="og:title" content="Vélo : Lyon vote 42 millions d'euros">
            <meta property="og:locale" content="fr_FR">
            <meta name="author" content="Claire Vasseur">
            <meta property="article:published_time" content="2026-10-14T18:05:00+02:00">
            </head><body><article>{{Body}}</article></body></html>
            """);

        Assert.Equal("Vélo : Lyon vote 42 millions d'euros", read.Article.Title);
        Assert.Equal("Claire Vasseur", read.Article.Byline);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 18, 5, 0, TimeSpan.FromHours(2)), read.Article.Metadata.Published);
        Assert.Equal("fr-FR", read.DeclaredLanguage);
    }

    [Fact]
    public void JSON_LD_wrapped_in_CDATA_is_read()
    {
        var read = Read($$$"""
            <html><head><title>Vélo à Lyon | Le Quotidien</title>
            <script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","headline":"Lyon double ses pistes cyclables","author":{"@type":"Person","name":"Claire Vasseur"}} ]]></script>
            </head><body><article>{{{Body}}}</article></body></html>
            """);

        Assert.Equal("Lyon double ses pistes cyclables", read.Article.Title);
        Assert.Equal(["Claire Vasseur"], read.Article.Metadata.Authors);
    }

    [Theory]
    [InlineData("Nouvelle-Zélande — Encyclopédie libre", "Nouvelle-Zélande", "monarchie constitutionnelle d'Océanie", "Nouvelle-Zélande")]
    [InlineData("Vélo : Lyon vote 42 millions d'euros - Le Quotidien", "Le Quotidien", "Vélo : Lyon vote 42 millions d'euros", "Vélo : Lyon vote 42 millions d'euros")]
    public void JSON_LD_name_and_headline_are_told_apart_by_the_title_the_page_shows(string documentTitle, string name, string headline, string expected)
    {
        var read = Read($$"""
            <html><head><title>{{documentTitle}}</title>
            <script type="application/ld+json">{"@type":"Article","name":"{{name}}","headline":"{{headline}}"}</script>
            </head><body><article>{{Body}}</article></body></html>
            """);

        Assert.Equal(expected, read.Article.Title);
    }

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"Vélo : Lyon vote 42 millions d'euros | Le Quotidien\">", "Vélo : Lyon vote 42 millions d'euros")]
    [InlineData("<meta property=\"og:title\" content=\"Le Quotidien - Vélo : Lyon vote 42 millions d'euros\">", "Vélo : Lyon vote 42 millions d'euros")]
    [InlineData("", "Vélo : Lyon vote 42 millions d'euros")]
    public void The_title_is_the_headline_without_the_sites_name(string meta, string expected)
    {
        var read = Read($$"""
            <html><head><title>Vélo : Lyon vote 42 millions d'euros - Le Quotidien</title>{{meta}}
            <meta property="og:site_name" content="Le Quotidien - l'info du Rhône">
            </head><body><div class="logo"><h1>Le Quotidien</h1></div><article>{{Body}}</article></body></html>
            """);

        Assert.Equal(expected, read.Article.Title);
    }

    [Fact]
    public void A_visible_French_dateline_gives_the_published_time_when_the_markup_declares_none()
    {
        var read = Read($"<html lang=\"fr\"><body><article><h1>Vélo à Lyon</h1><p class=\"date\">Publié le 3 février 2026 à 6h30</p>{Body}</article></body></html>");

        Assert.Equal("Publié le 3 février 2026 à 6h30", read.Article.Dateline);
        Assert.Equal(new DateTime(2026, 2, 3, 6, 30, 0), read.Article.Metadata.Published!.Value.DateTime);
        Assert.DoesNotContain(read.Article.Blocks, b => b.Text.Contains("Publié", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Updated March 2, 2015 3:05 PM", 2015, 3, 2, 15, 5)]
    [InlineData("Mis à jour le 1er décembre 2026 à 18h40", 2026, 12, 1, 18, 40)]
    [InlineData("le 14/10/2026 à 09:15", 2026, 10, 14, 9, 15)]
    public void Visible_dates_read_in_French_and_English(string text, int year, int month, int day, int hour, int minute)
    {
        var date = VisibleDate.Parse(text);

        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), date!.Value.DateTime);
    }

    [Fact]
    public void A_selector_matching_a_wrapper_that_holds_most_of_the_article_is_reported_and_not_applied()
    {
        var read = Read($"<html><body><article><h1>Vélo à Lyon</h1><div class=\"share-wrapper\">{Body}</div><div class=\"share\">Partager sur X</div></article></body></html>");

        Assert.Equal(3, read.Article.Blocks.Count);
        Assert.Contains(read.SkippedRules, r => r.Rule == "share-button" && r.Selector == "[class*=share]");
        Assert.Equal(["share-button"], read.Removed.Select(r => r.Rule));
        Assert.Equal("Partager sur X", read.Removed[0].Text);
    }

    [Fact]
    public void Keeping_boilerplate_reads_the_whole_page_without_detection()
    {
        var read = _reader.Read(ArticleInput.FromHtml($"<html><body><nav><a href=\"/\">Accueil</a></nav><article><h1>Vélo à Lyon</h1>{Body}</article><footer>Mentions légales</footer></body></html>"), removeBoilerplate: false);

        Assert.Empty(read.Removed);
        Assert.Empty(read.SkippedRules);
        Assert.Equal("Accueil", InlineMarkup.ToPlainText(read.Article.Blocks[0].Text));
        Assert.Equal("Mentions légales", read.Article.Blocks[^1].Text);
    }
}
