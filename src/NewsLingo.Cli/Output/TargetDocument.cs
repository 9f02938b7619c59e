using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Output;

/// <summary>One target's article as its elements arrive: the source's structure, filled in as the stream goes.</summary>
public sealed class TargetDocument(string language, StructuredArticle source)
{
    public string Language { get; } = language;

    public StructuredArticle Article { get; } = new()
    {
        Blocks = { source.Blocks.Select(b => new ArticleBlock { Kind = b.Kind }) },
    };

    public Summary? Summary { get; set; }

    public int BlocksTranslated { get; private set; }

    public void Apply(TranslatedElement element)
    {
        switch (element.Element)
        {
            case ElementKind.Title:
                Article.Title = element.Text;
                break;
            case ElementKind.Byline:
                Article.Byline = element.Text;
                break;
            case ElementKind.Dateline:
                Article.Dateline = element.Text;
                break;
            case ElementKind.Block when element.BlockIndex >= 0 && element.BlockIndex < Article.Blocks.Count:
                Article.Blocks[element.BlockIndex].Text = element.Text;
                Article.Blocks[element.BlockIndex].Kind = element.BlockKind;
                BlocksTranslated++;
                break;
        }
    }
}
