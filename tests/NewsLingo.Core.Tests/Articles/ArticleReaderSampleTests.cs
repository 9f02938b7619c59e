using NewsLingo.Core.Articles;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>The reader on the three sample articles: the exact structure, and exactly what cleaning removes.</summary>
public sealed class ArticleReaderSampleTests
{
    private readonly ArticleReader _reader = new();

    private static string[] Subheadings(Article article) => [.. article.Subheadings.Select(b => b.Text)];

    [Fact]
    public void The_Euronews_page_reads_as_title_byline_three_subheadings_and_nine_paragraphs()
    {
        var read = _reader.Read(ArticleInput.FromText(Samples.Read("palmyre-euronews.txt")), removeBoilerplate: true);
        var article = read.Article;

        Assert.Equal("L'armée syrienne annonce avoir repris la totalité de la ville de Palmyre", article.Title);
        Assert.Equal("Par Euronews avec agences", article.Byline);
        Assert.Null(article.Dateline);
        Assert.Equal(["La cité antique reprise", "Victoire symbolique", "L’armée irakienne espère reprendre Mossoul cette année"], Subheadings(article));
        var paragraphs = article.Paragraphs.ToList();
        Assert.Equal(9, paragraphs.Count);
        Assert.StartsWith("Les combattants de l'Etat Islamique ont été chassés de Palmyre.", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Samedi, trois soldats irakiens", paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Equal(ArticleBlockKind.Subheading, article.Blocks[2].Kind);
        Assert.False(read.ContainsMarkup);
        Assert.Equal(
            [
                ("L'armée syrienne annonce avoir repris la totalité de la ville de Palmyre", "repeated-title"),
                ("Tous droits réservés", "rights"),
                ("Partager cet articleDiscussion", "share-button"),
                ("Partager cet articleClose Button", "share-button"),
                ("Copier/coller le lien embed de la vidéo de l'article :Copy to clipboardLien copié", "copy-link"),
                ("PUBLICITÉ", "advertisement"),
                ("Partager cet articleDiscussion", "share-button"),
                ("À découvrir également", "related-links"),
                ("Attaque au couteau \"terroriste\" dans une église de Sidney", "related-links"),
                ("Un homme suspecté d'être membre actif du groupe Etat islamique arrêté en Italie", "related-links"),
                ("Russie : trois personnes arrêtées lors d'une opération antiterroriste au Daghestan", "related-links"),
            ],
            read.Removed.Select(r => (r.Text, r.Rule)));
    }

    [Fact]
    public void The_long_budget_article_keeps_its_64_numbered_paragraphs_in_order()
    {
        var read = _reader.Read(ArticleInput.FromText(Samples.Read("budget-long.txt")), removeBoilerplate: true);
        var article = read.Article;

        Assert.Equal("Budget 2027 : ce que contient le projet de loi de finances présenté par le gouvernement", article.Title);
        Assert.Equal("Par la rédaction avec AFP", article.Byline);
        Assert.Equal(["Les mesures région par région", "Un débat difficile à l'Assemblée"], Subheadings(article));
        var paragraphs = article.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(67, paragraphs.Count);
        Assert.StartsWith("Le gouvernement a présenté mercredi en Conseil des ministres", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Le ministre de l'Économie", paragraphs[1], StringComparison.Ordinal);
        for (var n = 1; n <= 64; n++)
        {
            Assert.EndsWith($"(paragraphe {n}).", paragraphs[n + 1], StringComparison.Ordinal);
        }

        Assert.StartsWith("Le texte sera examiné à partir du 21 octobre", paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["repeated-title", "share-button", "advertisement", "share-button", "related-links", "related-links", "related-links"],
            read.Removed.Select(r => r.Rule));
        Assert.Equal("Impôt sur le revenu : ce qui change pour les ménages en 2027", read.Removed[^1].Text);
    }

    [Fact]
    public void The_HTML_article_keeps_its_inline_markup_and_drops_banners_navigation_and_related_links()
    {
        var read = _reader.Read(ArticleInput.FromHtml(Samples.Read("conseil-municipal.html")), removeBoilerplate: true);
        var article = read.Article;

        Assert.Equal("Lyon : le conseil municipal adopte un plan de 42 millions d'euros pour les pistes cyclables", article.Title);
        Assert.Equal("Par Claire Vasseur", article.Byline);
        Assert.Equal("publié le 14 octobre 2026 à 18h05, mis à jour à 19h40", article.Dateline);
        Assert.Equal(["Une opposition divisée", "Premiers chantiers en janvier"], Subheadings(article));
        var paragraphs = article.Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(5, paragraphs.Count);
        Assert.True(read.ContainsMarkup);
        Assert.Equal(
            "Après plus de <strong>six heures</strong> de débats, le conseil municipal de Lyon a adopté lundi soir, par 41 voix contre 22, un plan de <strong>42 millions d'euros</strong> destiné à doubler la longueur des pistes cyclables d'ici 2030.",
            paragraphs[0]);
        Assert.Contains("<a href=\"/tags/part-dieu\">Part-Dieu</a>", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("sur son site <em>lyon.fr</em>.", paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["cookie-banner", "navigation", "share-button", "advertisement", "related-links", "newsletter", "footer"],
            read.Removed.Select(r => r.Rule));
        Assert.Equal("Nous utilisons des cookies pour améliorer votre expérience.", read.Removed[0].Text);
        Assert.Equal("Lire aussi Vélo : Grenoble, ville la plus cyclable de France ? Transports : la hausse du prix du ticket TCL votée", read.Removed[4].Text);
    }

    [Theory]
    [InlineData("palmyre-euronews.txt")]
    [InlineData("budget-long.txt")]
    [InlineData("conseil-municipal.html")]
    public void With_cleaning_off_nothing_is_removed(string sample)
    {
        var text = Samples.Read(sample);
        var input = sample.EndsWith(".html", StringComparison.Ordinal) ? ArticleInput.FromHtml(text) : ArticleInput.FromText(text);

        var cleaned = _reader.Read(input, removeBoilerplate: true);
        var raw = _reader.Read(input, removeBoilerplate: false);

        Assert.Empty(raw.Removed);
        Assert.Equal(cleaned.Article.Title, raw.Article.Title);
        var rawText = string.Join(" ", raw.Article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text)));
        Assert.All(cleaned.Removed, removed => Assert.Contains(Words(removed.Text), Words(rawText), StringComparison.Ordinal));
        Assert.All(cleaned.Article.Blocks, block => Assert.Contains(block, raw.Article.Blocks));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
