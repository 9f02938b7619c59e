using NewsLingo.Core.Articles;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>
/// What real pages put around and inside an article that is not the article: dates and addresses above
/// the body, page tools, gallery counters, captions, hidden elements, teaser headlines between paragraphs.
/// Each goes to <see cref="ReadArticle.Removed"/> (or the dateline) and every real paragraph stays.
/// </summary>
public sealed class PageFurnitureTests
{
    private const string FirstParagraph = "Le conseil municipal de Rennes a voté lundi soir le budget 2027, qui prévoit 48 millions d'euros d'investissements.";
    private const string SecondParagraph = "L'opposition a dénoncé une hausse de 3 % de la taxe foncière, que la majorité juge indispensable pour financer les écoles.";
    private const string ThirdParagraph = "Le vote définitif aura lieu en décembre, après la consultation des conseils de quartier.";

    private readonly ArticleReader _reader = new();

    private ReadArticle Read(string header, string between = "", string after = "") => _reader.Read(
        ArticleInput.FromHtml($"""
            <html lang="fr"><head><title>Budget voté à Rennes</title></head><body>
            <article><h1>Budget voté à Rennes</h1>{header}
            <p>{FirstParagraph}</p>{between}<p>{SecondParagraph}</p><p>{ThirdParagraph}</p>{after}
            </article></body></html>
            """),
        removeBoilerplate: true);

    private static void AssertBodyIsTheThreeParagraphs(ReadArticle read) =>
        Assert.Equal([FirstParagraph, SecondParagraph, ThirdParagraph], read.Article.Blocks.Select(b => b.Text));

    [Fact]
    public void Dates_above_the_body_make_the_dateline_and_a_second_one_is_removed_not_translated()
    {
        var read = Read("<div>Sign In</div><div>Published 4:00 am CST, Wednesday, November 20, 2019</div><div>| UPDATED: 11:05, Tue, Nov 19, 2019</div>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal("Published 4:00 am CST, Wednesday, November 20, 2019", read.Article.Dateline);
        Assert.Equal([("page-tools", "Sign In"), ("dateline", "| UPDATED: 11:05, Tue, Nov 19, 2019")], read.Removed.Select(r => (r.Rule, r.Text)));
    }

    [Fact]
    public void A_french_date_alone_above_the_body_is_the_dateline()
    {
        var read = Read("<p class=\"date\">mardi 3 février 2026, 06h30</p>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal("mardi 3 février 2026, 06h30", read.Article.Dateline);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 6, 30, 0, TimeSpan.FromHours(1)), read.Article.Metadata.Published);
    }

    [Fact]
    public void A_publication_stamp_between_paragraphs_is_the_pages_but_a_live_blogs_entry_time_stays()
    {
        var stamped = Read(string.Empty, between: "<p>Mis à jour le 15/03/2026 à 08h40</p>");
        var live = Read(string.Empty, between: "<h3>10 h 32</h3><p>Le maire prend la parole.</p>");

        AssertBodyIsTheThreeParagraphs(stamped);
        Assert.Equal("Mis à jour le 15/03/2026 à 08h40", stamped.Article.Dateline);
        Assert.Contains(live.Article.Blocks, b => b.Text == "10 h 32");
        Assert.Contains(live.Article.Blocks, b => b.Text == "Le maire prend la parole.");
    }

    [Fact]
    public void The_pages_own_address_shown_above_the_body_is_removed()
    {
        var read = Read("<div>https://www.ouest-quotidien.example/rennes/budget-2027-vote-14848176.php</div>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal(["page-address"], read.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void Page_tools_and_gallery_counters_are_removed_wherever_they_stand()
    {
        var read = Read("<div>Imprimer</div><div>Taille du texte</div>", between: "<div>Photo 2 sur 9</div><div>Légende</div><div>Fermer</div>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal(["page-tools", "page-tools", "gallery-counter", "page-tools", "page-tools"], read.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void A_photo_caption_is_reported_with_its_credit_and_is_not_body_text()
    {
        var read = Read(string.Empty, between: "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>La mairie de Rennes, lundi. <span class=\"credit\">Photo : J. Le Goff</span></figcaption></figure>"
            + "<div class=\"wp-caption\"><img src=\"/b.jpg\" alt=\"\"><p class=\"wp-caption-text\">Les élus en séance.</p></div>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal([("caption", "La mairie de Rennes, lundi. Photo : J. Le Goff"), ("caption", "Les élus en séance.")], read.Removed.Select(r => (r.Rule, r.Text)));
    }

    [Fact]
    public void A_table_of_figures_in_a_figure_stays_cell_by_cell_and_only_its_caption_goes()
    {
        var read = Read(string.Empty, between: "<figure class=\"wp-block-table\"><table><tr><th>Poste</th><th>2027</th></tr><tr><td>Écoles</td><td>12,4 M€</td></tr><tr><td>Voirie</td><td>9,1 M€</td></tr></table>"
            + "<figcaption>Les principaux investissements. Source : mairie de Rennes</figcaption></figure>");

        Assert.Equal(["caption"], read.Removed.Select(r => r.Rule));
        Assert.Equal(["Poste", "2027", "Écoles", "12,4 M€", "Voirie", "9,1 M€"], read.Article.Blocks.Skip(1).Take(6).Select(b => b.Text));
        Assert.Equal(FirstParagraph, read.Article.Blocks[0].Text);
        Assert.Equal(ThirdParagraph, read.Article.Blocks[^1].Text);
    }

    [Fact]
    public void Hidden_elements_are_not_what_a_reader_sees()
    {
        var read = Read(string.Empty, between: "<div style=\"display: none\">Votre navigateur est obsolète, mettez-le à jour pour profiter du site.</div><div hidden>Chargement des commentaires en cours, merci de patienter.</div>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal(["hidden", "hidden"], read.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void A_teaser_headline_alone_between_paragraphs_is_removed_but_a_linked_sentence_stays()
    {
        var teaser = Read(string.Empty, between: "<p><a href=\"/politique/budget-metropole\"><strong>BUDGET DE LA MÉTROPOLE : LES ÉLUS DIVISÉS SUR LA TAXE</strong></a></p>");
        var sentence = Read(string.Empty, between: "<p><a href=\"/rapport.pdf\">Le rapport complet de la chambre régionale des comptes est en ligne.</a></p>");

        AssertBodyIsTheThreeParagraphs(teaser);
        Assert.Equal(["link-list"], teaser.Removed.Select(r => r.Rule));
        Assert.Equal(4, sentence.Article.Blocks.Count);
        Assert.Empty(sentence.Removed);
    }

    [Fact]
    public void A_subheading_that_is_a_link_or_its_own_anchor_stays_a_subheading()
    {
        var read = Read(string.Empty, between: "<h2><a href=\"/dossier/budget\">Le budget en débat</a></h2>", after: "<h2><a href=\"#suite\">Et maintenant ?</a></h2><p>Le vote définitif interviendra en décembre, après deux réunions publiques.</p>");

        Assert.Equal(["Le budget en débat", "Et maintenant ?"], read.Article.Subheadings.Select(b => InlineMarkup.ToPlainText(b.Text)));
        Assert.Empty(read.Removed);
    }

    [Fact]
    public void Teasers_newsletters_and_social_lines_after_the_article_are_removed()
    {
        var read = Read(string.Empty, after: "<p>À lire aussi : Les écoles de Rennes rénovées d'ici 2030</p>"
            + "<p>Suivez Ouest Quotidien sur Facebook et Instagram pour ne rien manquer de l'actualité rennaise.</p>"
            + "<p>Recevez gratuitement notre newsletter chaque matin.</p>");

        AssertBodyIsTheThreeParagraphs(read);
        Assert.Equal(["related-links", "social-follow", "newsletter"], read.Removed.Select(r => r.Rule));
    }
}
