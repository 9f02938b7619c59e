using NewsLingo.Cli.Output;

namespace NewsLingo.Cli.Tests;

public sealed class BlockTextTests
{
    [Fact]
    public void A_block_reads_as_plain_text_on_a_terminal()
    {
        Assert.Equal("Le maire a dit <b> & « oui » via le site.", BlockText.ToPlainText("Le <strong>maire</strong> a dit &lt;b&gt; &amp; « oui » via <a href=\"https://x.fr\">le site</a>."));
    }

    [Fact]
    public void A_block_reads_as_Markdown_with_its_emphasis_and_links()
    {
        Assert.Equal("Le **maire** a *dit* via [le site](https://x.fr/?a=1&b=2) & co.", BlockText.ToMarkdown("Le <strong>maire</strong> a <em>dit</em> via <a href=\"https://x.fr/?a=1&amp;b=2\">le site</a> &amp; co."));
    }
}
