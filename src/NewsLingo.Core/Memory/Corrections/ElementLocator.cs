using System.Globalization;
using NewsLingo.Core.Pipeline;

namespace NewsLingo.Core.Memory.Corrections;

/// <summary>Which element of an article was corrected: its title, or a body block by index (as ProcessArticle's response numbers them).</summary>
public readonly record struct ElementLocator(ArticleElement Element, int BlockIndex)
{
    public static ElementLocator Title { get; } = new(ArticleElement.Title, -1);

    public static ElementLocator Block(int index) => new(ArticleElement.Block, index);

    /// <summary>"title", "blocks[3]": the paths fact issues use.</summary>
    public override string ToString() => Element == ArticleElement.Block
        ? string.Create(CultureInfo.InvariantCulture, $"blocks[{BlockIndex}]")
        : Element.ToString().ToLowerInvariant();
}
