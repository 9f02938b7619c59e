using NewsLingo.Core.Articles.Html;

namespace NewsLingo.Core.Tests.Articles;

public sealed class SafeHtmlTests
{
    [Theory]
    [InlineData("Le <strong>maire</strong> a <em>dit</em>.", "Le <strong>maire</strong> a <em>dit</em>.")]
    [InlineData("<a href=\"https://x.fr/a?b=1&amp;c=2\">lien</a>", "<a href=\"https://x.fr/a?b=1&amp;c=2\">lien</a>")]
    [InlineData("<a href=\"/tags/lyon\">Lyon</a>", "<a href=\"/tags/lyon\">Lyon</a>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<img src=x onerror=alert(1)>après", "après")]
    [InlineData("avant<script>alert(document.cookie)</script>après", "avantaprès")]
    [InlineData("<style>p{color:red}</style>texte", "texte")]
    [InlineData("<span class=\"x\" onclick=\"y()\">texte</span> <b title=\"t\">gras</b>", "texte <b>gras</b>")]
    [InlineData("<!-- commentaire -->texte", "texte")]
    [InlineData("AT&T & co < 3", "AT&amp;T &amp; co &lt; 3")]
    public void Sanitize_keeps_only_the_inline_markup_the_contract_allows(string html, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(html));
    }

    [Fact]
    public void Escaped_markup_stays_text()
    {
        const string html = "Le maire a dit &lt;img src=x onerror=alert(1)&gt; et &lt;script&gt;.";

        var sanitized = SafeHtml.Sanitize(html);

        Assert.Equal(html, sanitized);
    }

    [Fact]
    public void Encode_escapes_what_HTML_requires_and_keeps_letters()
    {
        Assert.Equal("Procter &amp; Gamble &lt;b&gt; « élu »", SafeHtml.Encode("Procter & Gamble <b> « élu »"));
        Assert.Same("sans rien", SafeHtml.Encode("sans rien"));
    }
}
