using NewsLingo.Core.Articles;

namespace NewsLingo.Core.Tests.Articles;

/// <summary>
/// NewsLingo's own main-content detection on the page shapes that fool simpler readers: longer comments
/// than the article, a noscript fallback, an article in a layout table, one spread over the body, and
/// blocks inside the article that are chrome by their shape.
/// </summary>
public sealed class ContentScorerTests
{
    private const string P1 = "<p>Le tribunal administratif de Nantes a suspendu vendredi l'arrêté du préfet, qui interdisait toute manifestation dans le centre-ville pendant trois semaines, au nom de la liberté de réunion.</p>";
    private const string P2 = "<p>Les juges estiment que les risques de troubles invoqués par la préfecture, qui citait les dégradations de mars, ne sont pas établis pour les dates visées.</p>";
    private const string P3 = "<p>La préfecture a annoncé qu'elle ne ferait pas appel, mais qu'elle prendrait, si nécessaire, de nouveaux arrêtés pour chaque rassemblement déclaré.</p>";

    private readonly ArticleReader _reader = new();

    private ReadArticle Read(string body) => _reader.Read(ArticleInput.FromHtml($"<html><head><title>Nantes</title></head><body>{body}</body></html>"), removeBoilerplate: true);

    private static IEnumerable<string> Texts(ReadArticle read) => read.Article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text));

    [Fact]
    public void Comments_longer_than_the_article_do_not_take_its_place()
    {
        var comments = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"comment\"><p>Commentaire {i} : je trouve, comme beaucoup d'habitants du quartier, que cette décision, attendue depuis longtemps, arrive bien tard, mais qu'elle va dans le bon sens pour tout le monde.</p></div>"));

        var read = Read($"<div class=\"article-body\">{P1}{P2}{P3}</div><section id=\"comments\">{comments}</section>");

        Assert.Equal(3, read.Article.Blocks.Count);
        Assert.DoesNotContain(Texts(read), t => t.StartsWith("Commentaire", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noscript_fallback_is_never_the_article()
    {
        var fallback = "<noscript><div class=\"notice\"><p>Ce site a besoin de JavaScript pour afficher les vidéos, les diaporamas, les graphiques interactifs et les commentaires des lecteurs, activez-le dans les réglages de votre navigateur.</p></div></noscript>";

        var read = Read($"{fallback}<article>{P1}{P2}{P3}</article>");

        Assert.Equal(3, read.Article.Blocks.Count);
        Assert.DoesNotContain(Texts(read), t => t.Contains("JavaScript", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_in_a_layout_table_is_found_in_its_cell()
    {
        var read = Read($"<table><tr><td class=\"menu\"><a href=\"/\">Accueil</a><br><a href=\"/region\">Région</a><br><a href=\"/sport\">Sport</a></td><td>{P1}{P2}{P3}</td></tr></table>");

        Assert.Equal(3, read.Article.Blocks.Count);
        Assert.DoesNotContain(Texts(read), t => t.Contains("Accueil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_bar_and_a_list_of_links_inside_the_article_are_taken_out_and_reported()
    {
        var related = "<ul class=\"links\"><li><a href=\"/a\">Manifestations : ce que dit la loi</a></li><li><a href=\"/b\">Nantes : le centre-ville sous tension</a></li><li><a href=\"/c\">Le préfet s'explique</a></li></ul>";
        var share = "<div class=\"share\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Courriel</a></div>";

        var read = Read($"<article>{P1}{share}{P2}{related}{P3}</article>");

        Assert.Equal(3, read.Article.Blocks.Count);
        Assert.Equal(["share-button", "link-list", "link-list", "link-list"], read.Removed.Select(r => r.Rule));
        Assert.Equal("Manifestations : ce que dit la loi", read.Removed[1].Text);
    }

    [Fact]
    public void A_page_that_is_all_short_lines_is_read_whole_and_cleaned_by_the_rules_alone()
    {
        var read = Read("<div>Accueil</div><div>Partager sur Facebook</div><div>Le maire a parlé.</div>");

        Assert.Equal(["Le maire a parlé."], Texts(read));
        Assert.Equal(["page-tools", "share-button"], read.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void An_article_written_straight_into_the_body_is_not_widened_above_it_by_the_parts_that_agree()
    {
        // The body scores best, and three of its divisions nearly as well: widening stops at the body.
        var read = Read($"{P1}<div>{P2}{P3}</div><div>{P2}{P3}</div><div>{P2}{P3}</div>");

        Assert.Empty(read.Fallbacks);
        Assert.Equal(7, read.Article.Blocks.Count);
    }

    [Fact]
    public void A_body_whose_class_an_element_inside_it_repeats_is_not_widened_above_it()
    {
        // Shuffled classes: the body and a block inside it named the same read as chunks of one article.
        var read = _reader.Read(ArticleInput.FromHtml($"<html><body class=\"story\">{P1}{P2}{P3}{P1}{P2}<div class=\"story\">{P3}</div></body></html>"), removeBoilerplate: true);

        Assert.Empty(read.Fallbacks);
        Assert.Equal(6, read.Article.Blocks.Count);
    }
}
