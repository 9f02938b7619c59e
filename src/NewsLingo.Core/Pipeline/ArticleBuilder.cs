using NewsLingo.Core.Articles;

namespace NewsLingo.Core.Pipeline;

/// <summary>Assembles a translated article from translated elements, keeping the source's structure.</summary>
internal sealed class ArticleBuilder(Article source)
{
    private readonly string?[] _blocks = new string?[source.Blocks.Count];
    private string? _title;
    private string? _byline;
    private string? _dateline;

    public void Apply(ElementTranslated element)
    {
        switch (element.Element)
        {
            case ArticleElement.Title:
                _title = element.Text;
                break;
            case ArticleElement.Byline:
                _byline = element.Text;
                break;
            case ArticleElement.Dateline:
                _dateline = element.Text;
                break;
            case ArticleElement.Block:
                _blocks[element.BlockIndex] = element.Text;
                break;
        }
    }

    public Article Build() => new(
        _title ?? source.Title,
        _byline ?? source.Byline,
        _dateline ?? source.Dateline,
        source.Blocks.Select((block, i) => block with { Text = _blocks[i] ?? block.Text }).ToList());
}
