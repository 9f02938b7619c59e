using NewsLingo.Core.Articles;
using NewsLingo.Testing;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>
/// The reader on ten shapes of French news pages (fixtures in tests/samples/pages, written for these
/// tests): exact headline, byline, dateline and dates, how many blocks the body keeps, and exactly what
/// cleaning removed, in page order.
/// </summary>
public sealed class FrenchPageShapeTests
{
    private readonly ArticleReader _reader = new();

    private ReadArticle Read(string page) => _reader.Read(ArticleInput.FromHtml(Samples.Read("pages/" + page)), removeBoilerplate: true);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertRemoved(ReadArticle read, params (string Rule, string TextStart)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Rule), read.Removed.Select(r => r.Rule));
        Assert.All(expected.Zip(read.Removed), pair => Assert.StartsWith(pair.First.TextStart, pair.Second.Text, StringComparison.Ordinal));
    }

    private static string Body(ReadArticle read) => string.Join("\n", read.Article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text)));

    [Fact]
    public void A_national_daily_behind_a_paywall_gives_its_headline_not_its_logo_and_drops_the_subscription_teaser()
    {
        var read = Read("quotidien-national-abonnes.html");
        var article = read.Article;

        Assert.Equal("Réforme des retraites : le Conseil constitutionnel valide l'essentiel du texte", article.Title);
        Assert.Equal("Hélène Marchetti, Julien Bertaud", article.Byline);
        Assert.Equal(["Hélène Marchetti", "Julien Bertaud"], article.Metadata.Authors);
        Assert.Equal("Publié le 14 mars 2026 à 19h02, mis à jour le 15 mars 2026 à 08h40", article.Dateline);
        Assert.Equal(At("2026-03-14T19:02:11+01:00"), article.Metadata.Published);
        Assert.Equal(At("2026-03-15T08:40:00+01:00"), article.Metadata.Modified);
        Assert.Equal("Le Quotidien National", article.Metadata.SiteName);
        Assert.Equal("https://www.quotidien-national.example/politique/article/2026/03/14/reforme-des-retraites-conseil-constitutionnel_6171", article.Metadata.CanonicalUrl);
        Assert.Equal("fr-FR", read.DeclaredLanguage);
        Assert.Equal(4, article.Blocks.Count);
        Assert.StartsWith("Les Sages ont censuré", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Le gouvernement a aussitôt fait savoir", article.Blocks[3].Text, StringComparison.Ordinal);
        AssertRemoved(
            read,
            ("navigation", "Politique International"),
            ("newsletter", "S'abonner"),
            ("kicker", "Politique"),
            ("share-button", "Partager sur Facebook"),
            ("caption", "Le Conseil constitutionnel, à Paris, le 14 mars 2026. Photo : Marc Durand"),
            ("continue-reading", "Il vous reste 68 %"),
            ("subscription", "Abonnez-vous à partir de 1 €"),
            ("subscription", "Déjà abonné ?"),
            ("related-links", "Sur le même sujet"),
            ("footer", "© Le Quotidien National 2026"));
        Assert.DoesNotContain("Par Hélène", Body(read), StringComparison.Ordinal);
        Assert.DoesNotContain("Publié le", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_daily_with_OpenGraph_metadata_keeps_its_subheading_and_drops_menus_teasers_and_credits()
    {
        var read = Read("regional-og.html");
        var article = read.Article;

        Assert.Equal("Crue de la Loire : à Saumur, les quais rouverts après trois jours d'alerte", article.Title);
        Assert.Equal("Corinne Lebreton", article.Byline);
        Assert.Equal("Publié le 03/02/2026 à 06h30", article.Dateline);
        Assert.Equal(At("2026-02-03T06:30:00+01:00"), article.Metadata.Published);
        Assert.Equal(At("2026-02-03T11:15:00+01:00"), article.Metadata.Modified);
        Assert.Equal("https://www.voix-ouest.example/saumur/crue-loire-quais-rouverts", article.Metadata.CanonicalUrl);
        Assert.Equal(5, article.Blocks.Count);
        Assert.Equal(["Des caves troglodytiques surveillées"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("navigation", "Angers Cholet Saumur"),
            ("navigation", "Accueil › Maine-et-Loire"),
            ("related-links", "Lire aussi Vigilance orange"),
            ("caption", "Les quais de Saumur, lundi matin. Photo :"),
            ("share-button", "Facebook Twitter WhatsApp"));
        Assert.DoesNotContain("Corinne Lebreton", Body(read), StringComparison.Ordinal);
        Assert.DoesNotContain("Les plus lus", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_daily_gives_its_rel_author_and_time_element_and_drops_adverts_and_trailing_teasers()
    {
        var read = Read("gratuit-ville.html");
        var article = read.Article;

        Assert.Equal("Marseille : la ligne de métro M3 fermée tout l'été pour travaux", article.Title);
        Assert.Equal("Karim Benali", article.Byline);
        Assert.Equal("Publié le 22/05/26 à 10h47", article.Dateline);
        Assert.Equal(At("2026-05-22T10:47:00+02:00"), article.Metadata.Published);
        Assert.Equal(4, article.Blocks.Count);
        AssertRemoved(
            read,
            ("advertisement", "Publicité"),
            ("advertisement", "Publicité"),
            ("media-placeholder", "Votre navigateur ne supporte pas"),
            ("link-list", "Métro : la ligne M2"),
            ("link-list", "Le tramway T4"),
            ("link-list", "Vélos en libre-service"),
            ("footer", "24 Minutes"));
    }

    [Fact]
    public void A_news_channel_page_drops_its_video_player_chrome_and_reads_its_visible_dateline()
    {
        var read = Read("chaine-info.html");
        var article = read.Article;

        Assert.Equal("Incendie dans les Landes : 1 200 hectares parcourus, le feu fixé", article.Title);
        Assert.Equal("La rédaction d'InfoDirect avec AFP", article.Byline);
        Assert.Equal("Publié le 18 juillet 2026 à 09h12", article.Dateline);
        Assert.Equal(At("2026-07-18T07:12:00Z"), article.Metadata.Published);
        Assert.Equal(5, article.Blocks.Count);
        Assert.Equal(["Retour des habitants dans la journée"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("navigation", "France Monde Météo"),
            ("media-placeholder", "Votre navigateur ne supporte pas"),
            ("media-placeholder", "Vidéo"),
            ("continue-reading", "Continuer la lecture"),
            ("newsletter", "Recevez notre newsletter"),
            ("footer", "© InfoDirect TV 2026"));
        Assert.DoesNotContain("Par La rédaction", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void An_AFP_wire_republished_keeps_its_place_dateline_in_the_text_and_drops_the_desk_initials()
    {
        var read = Read("depeche-afp.html");
        var article = read.Article;

        Assert.Equal("Football : le PSG sacré champion de France pour la treizième fois", article.Title);
        Assert.Equal("AFP", article.Byline);
        Assert.Null(article.Dateline);
        Assert.Equal(At("2026-04-26T22:58:00+02:00"), article.Metadata.Published);
        Assert.Null(article.Metadata.SiteName);
        Assert.Equal(4, article.Blocks.Count);
        Assert.StartsWith("Paris (AFP) - Le Paris Saint-Germain", article.Blocks[0].Text, StringComparison.Ordinal);
        AssertRemoved(read, ("navigation", "Foot Rugby Cyclisme"), ("wire-initials", "eb/dch/gf"));
    }

    [Fact]
    public void A_live_blog_keeps_each_entry_under_its_time_and_drops_the_share_buttons()
    {
        var read = Read("direct-live.html");
        var article = read.Article;

        Assert.Equal("Sommet européen : les Vingt-Sept trouvent un accord sur le budget", article.Title);
        Assert.Equal("Samia Ouarda", article.Byline);
        Assert.Null(article.Dateline);
        Assert.Equal(At("2026-06-26T08:00:00+02:00"), article.Metadata.Published);
        Assert.Equal(At("2026-06-26T16:45:00+02:00"), article.Metadata.Modified);
        Assert.Equal(9, article.Blocks.Count);
        Assert.Equal(["16h45", "14h10", "11h30", "08h00"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("navigation", "Le Journal du Matin Europe"),
            ("share-button", "Partager"),
            ("share-button", "Partager"),
            ("share-button", "Partager"),
            ("share-button", "Partager"),
            ("comments", "12 commentaires"),
            ("footer", "Le Journal du Matin"));
        Assert.DoesNotContain("Par Samia", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void An_AMP_page_reads_like_the_article_it_is_without_amp_chrome()
    {
        var read = Read("page-amp.html");
        var article = read.Article;

        Assert.Equal("Vendanges : une récolte précoce et abondante en Bourgogne", article.Title);
        Assert.Equal("Mathieu Perrault", article.Byline);
        Assert.Null(article.Dateline);
        Assert.Equal(At("2026-09-02T07:00:00+02:00"), article.Metadata.Published);
        Assert.Equal("https://www.terroirs-info.example/vins/vendanges-bourgogne-2026.html", article.Metadata.CanonicalUrl);
        Assert.Equal(3, article.Blocks.Count);
        AssertRemoved(
            read,
            ("caption", "Des vendangeurs à Meursault. Photo :"),
            ("advertisement", "Publicité"),
            ("footer", "© Terroirs Info"));
        Assert.DoesNotContain("Par Mathieu", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_metadata_is_only_JSON_LD_gets_its_headline_and_dates_from_the_graph_not_its_title_tag()
    {
        var read = Read("jsonld-seul.html");
        var article = read.Article;

        Assert.Equal("À Brest, le port de commerce mise sur l'éolien en mer", article.Title);
        Assert.Equal("Nolwenn Le Gall", article.Byline);
        Assert.Null(article.Dateline);
        Assert.Equal(At("2026-01-19T17:20:00+01:00"), article.Metadata.Published);
        Assert.Equal(At("2026-01-20T09:05:00+01:00"), article.Metadata.Modified);
        Assert.Equal("Le Petit Matin de Bretagne", article.Metadata.SiteName);
        Assert.Equal("https://www.petitmatin.example/brest/port-de-commerce", article.Metadata.CanonicalUrl);
        Assert.Equal("fr", read.DeclaredLanguage);
        Assert.Equal(4, article.Blocks.Count);
        Assert.Empty(read.Removed);
    }

    [Fact]
    public void A_page_with_comments_keeps_the_article_and_drops_the_comments_and_the_comment_form()
    {
        var read = Read("article-commentaires.html");
        var article = read.Article;

        Assert.Equal("Éducation : le redoublement de nouveau possible dès la rentrée", article.Title);
        Assert.Equal("Pauline Rey", article.Byline);
        Assert.Equal("8 avril 2026", article.Dateline);
        Assert.Equal(At("2026-04-08T12:00:00+02:00"), article.Metadata.Published);
        Assert.Equal(3, article.Blocks.Count);
        AssertRemoved(
            read,
            ("navigation", "Accueil Société Éducation"),
            ("comments", "3 réactions Jean-Marc"),
            ("footer", "L'Hebdo Citoyen"));
        Assert.Contains("Connectez-vous pour commenter", read.Removed[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jean-Marc", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cookie_wall_is_dropped_and_an_advert_selector_matching_the_whole_page_is_reported_not_applied()
    {
        var read = Read("mur-cookies.html");
        var article = read.Article;

        Assert.Equal("Santé : l'hôpital de Pontarlier rouvre sa maternité", article.Title);
        Assert.Equal("Par Lucie Grandjean", article.Byline);
        Assert.Equal(["Lucie Grandjean"], article.Metadata.Authors);
        Assert.Null(article.Dateline);
        Assert.Equal(At("2026-10-05T18:30:00+02:00"), article.Metadata.Published);
        Assert.Equal(4, article.Blocks.Count);
        AssertRemoved(
            read,
            ("cookie-banner", "Votre vie privée nous importe"),
            ("navigation", "Besançon Pontarlier"),
            ("footer", "L'Écho du Doubs"));
        var skipped = Assert.Single(read.SkippedRules);
        Assert.Equal(("advertisement", "[id^=ad-]"), (skipped.Rule, skipped.Selector));
        Assert.True(skipped.Characters > Body(read).Length);
    }

    [Fact]
    public void A_national_daily_keeps_its_standfirst_takes_the_date_from_the_meta_block_and_drops_caption_encart_and_tags()
    {
        var read = Read("quotidien-chapo-encarts.html");
        var article = read.Article;

        Assert.Equal("Logement : le gouvernement relance le prêt à taux zéro dans les villes moyennes", article.Title);
        Assert.Equal("Mathilde Rouvier", article.Byline);
        Assert.Equal("Publié le 8 septembre 2026 à 10h32, modifié le 8 septembre 2026 à 12h05", article.Dateline);
        Assert.Equal(At("2026-09-08T10:32:00+02:00"), article.Metadata.Published);
        Assert.Equal(At("2026-09-08T12:05:00+02:00"), article.Metadata.Modified);
        Assert.Equal("fr-FR", read.DeclaredLanguage);
        Assert.Equal(6, article.Blocks.Count);
        Assert.StartsWith("Le dispositif, recentré depuis 2024", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Des promoteurs sceptiques"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("navigation", "Politique Économie Société Culture"),
            ("navigation", "Économie Logement"),
            ("reading-time", "Temps de lecture 3 min."),
            ("share-button", "Partager sur Facebook"),
            ("caption", "Un chantier de logements à Vierzon (Cher), en juin 2026. GUILLAUME SOUVANT / AFP"),
            ("related-links", "Lire aussi | Crédit immobilier"),
            ("page-chrome", "Logement Prêt à taux zéro Villes moyennes"),
            ("comments", "Réagir"),
            ("footer", "© L'Écho national 2026"));
        Assert.DoesNotContain("Mathilde Rouvier", Body(read), StringComparison.Ordinal);
        Assert.DoesNotContain("Publié le", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sports_daily_keeps_the_article_around_an_inline_teaser_and_leaves_the_premium_wall_out()
    {
        var read = Read("quotidien-lire-aussi-premium.html");
        var article = read.Article;

        Assert.Equal("Tour de France 2027 : le Grand Départ sera donné de Clermont-Ferrand", article.Title);
        Assert.Equal("Paul Ferrand", article.Byline);
        Assert.Equal("Publié le 14/10/2026 à 11:02, mis à jour le 14/10/2026 à 13:40", article.Dateline);
        Assert.Equal(At("2026-10-14T11:02:00+02:00"), article.Metadata.Published);
        Assert.Equal(At("2026-10-14T13:40:00+02:00"), article.Metadata.Modified);
        Assert.Equal(5, article.Blocks.Count);
        Assert.Equal(["Un retour attendu depuis 1959"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("cookie-banner", "Nous utilisons des cookies"),
            ("kicker", "Cyclisme"),
            ("related-links", "À lire aussi Tour de France 2026 : le bilan d'une édition record"),
            ("footer", "Le Quotidien Sportif · Tous droits réservés"));
        Assert.DoesNotContain("abonnés", Body(read), StringComparison.Ordinal);
        Assert.DoesNotContain("Les plus lus", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_channel_article_cut_into_chunks_by_adverts_is_read_whole_in_order()
    {
        var read = Read("info-continue-morceaux.html");
        var article = read.Article;

        Assert.Equal("Inondations dans le Gard : 1 200 foyers toujours privés d'électricité", article.Title);
        Assert.Equal("Info Continue avec AFP", article.Byline);
        Assert.Equal("Publié le 21/10/2026 07:15 Mis à jour le 21/10/2026 09:48", article.Dateline);
        Assert.Equal(At("2026-10-21T07:15:00+02:00"), article.Metadata.Published);
        Assert.Equal(At("2026-10-21T09:48:00+02:00"), article.Metadata.Modified);
        string[] starts = ["Au lendemain des pluies", "Il est tombé jusqu'à 310", "Le préfet a annoncé", "Une cellule de crise à Nîmes", "La cellule de crise installée", "Météo-France maintient"];
        Assert.Equal(starts.Length, article.Blocks.Count);
        Assert.All(starts.Zip(article.Blocks), pair => Assert.StartsWith(pair.First, pair.Second.Text, StringComparison.Ordinal));
        Assert.Equal(["Une cellule de crise à Nîmes"], article.Subheadings.Select(b => b.Text));
        AssertRemoved(
            read,
            ("navigation", "France Monde Météo Direct"),
            ("reading-time", "Temps de lecture : 2 min"),
            ("share-button", "Partager l'article sur les réseaux sociaux"),
            ("media-placeholder", "Voir la vidéo"),
            ("advertisement", "Publicité"),
            ("related-links", "A lire aussi Vigilance rouge"),
            ("advertisement", "Publicité"),
            ("newsletter", "Recevez gratuitement chaque matin"),
            ("link-list", "Gard Intempéries Météo"),
            ("page-chrome", "À la une"),
            ("footer", "Info Continue · Radio et télévision publiques"));
        Assert.DoesNotContain("Article rédigé par", Body(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_daily_with_its_body_split_by_an_advert_keeps_both_parts_and_drops_the_offered_article_line()
    {
        var read = Read("regional-article-body-pubs.html");
        var article = read.Article;

        Assert.Equal("Brest : le pont de Recouvrance fermé six semaines pour travaux", article.Title);
        Assert.Equal("Yann Le Bihan", article.Byline);
        Assert.Equal("Publié le 2 mars 2026 à 18h20", article.Dateline);
        Assert.Equal(At("2026-03-02T18:20:00+01:00"), article.Metadata.Published);
        Assert.Equal("https://www.telegraphe-ouest.example/brest/pont-recouvrance-travaux", article.Metadata.CanonicalUrl);
        Assert.Equal(4, article.Blocks.Count);
        Assert.StartsWith("Le pont de Recouvrance, qui relie", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Les commerçants de la rue de la Porte", article.Blocks[3].Text, StringComparison.Ordinal);
        AssertRemoved(
            read,
            ("cookie-banner", "Avec votre accord"),
            ("advertisement", "Publicité"),
            ("related-links", "Lire aussi : Brest : le téléphérique"),
            ("continue-reading", "Cet article vous a été offert"),
            ("comments", "3 commentaires Jakez29"),
            ("footer", "© Le Télégraphe de l'Ouest 2026"));
        Assert.DoesNotContain("Yann Le Bihan", Body(read), StringComparison.Ordinal);
    }
}
