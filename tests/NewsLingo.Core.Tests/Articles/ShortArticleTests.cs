using NewsLingo.Core.Articles;

namespace NewsLingo.Core.Tests.Articles;

public sealed class ShortArticleTests
{
    private readonly ArticleReader _reader = new();

    [Theory]
    [InlineData("Le conseil municipal a voté le budget de la ville.")]
    [InlineData("  Le conseil municipal a voté le budget  \n")]
    public void A_one_line_text_article_is_one_paragraph_without_title(string text)
    {
        var read = _reader.Read(ArticleInput.FromText(text), removeBoilerplate: true);

        Assert.Null(read.Article.Title);
        var block = Assert.Single(read.Article.Blocks);
        Assert.Equal(ArticleBlockKind.Paragraph, block.Kind);
        Assert.Equal(text.Trim(), block.Text);
    }

    [Fact]
    public void A_two_line_text_article_keeps_its_title()
    {
        var read = _reader.Read(ArticleInput.FromText("Budget voté\n\nLe conseil municipal a voté le budget de la ville."), removeBoilerplate: true);

        Assert.Equal("Budget voté", read.Article.Title);
        Assert.Single(read.Article.Blocks);
    }

    [Fact]
    public void Escaped_markup_in_an_HTML_page_stays_escaped_text_in_its_block()
    {
        var read = _reader.Read(ArticleInput.FromHtml("<p>Le maire a dit &lt;img src=x onerror=alert(1)&gt; devant le conseil.</p>"), removeBoilerplate: true).AsSafeHtml();

        Assert.Equal("Le maire a dit &lt;img src=x onerror=alert(1)&gt; devant le conseil.", Assert.Single(read.Article.Blocks).Text);
    }

    [Fact]
    public void A_title_is_plain_text_even_when_the_page_has_markup()
    {
        var read = _reader.Read(ArticleInput.FromHtml("<h1>Lyon &amp; Villeurbanne</h1><p>Le <b>maire</b> a parlé.</p>"), removeBoilerplate: true).AsSafeHtml();

        Assert.Equal("Lyon & Villeurbanne", read.Article.Title);
        Assert.Equal("Le <b>maire</b> a parlé.", Assert.Single(read.Article.Blocks).Text);
    }
}
