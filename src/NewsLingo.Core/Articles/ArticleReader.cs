using Microsoft.Extensions.Options;
using NewsLingo.Core.Articles.Boilerplate;
using NewsLingo.Core.Articles.Html;
using NewsLingo.Core.Articles.Parsing;

namespace NewsLingo.Core.Articles;

/// <summary>
/// Reads scraped text, HTML or a caller-built article into title, byline, dateline, subheadings and
/// paragraphs, and drops the boilerplate the rules (<see cref="BoilerplateRuleSet"/>) recognise. An
/// HTML page is first reduced to its main content, and its declared metadata read (<see cref="HtmlPageReader"/>).
/// </summary>
public sealed class ArticleReader : IArticleReader
{
    private readonly BoilerplateRuleSet _rules;

    public ArticleReader(IOptions<ArticleReaderOptions> options)
    {
        _rules = BoilerplateRuleSet.Load(options.Value.ExtraRuleFiles, options.Value.DisabledRules);
    }

    /// <summary>A reader with the built-in rules only.</summary>
    public ArticleReader()
        : this(Options.Create(new ArticleReaderOptions()))
    {
    }

    public ReadArticle Read(ArticleInput input, bool removeBoilerplate)
    {
        switch (input.Format)
        {
            case ArticleInputFormat.Structured:
                var structured = input.Structured!;
                return new ReadArticle(structured, [], structured.Blocks.Any(b => b.Text.Contains('<', StringComparison.Ordinal)));
            case ArticleInputFormat.Html:
                return ArticleAssembler.Assemble(HtmlPageReader.Read(input.Raw ?? string.Empty, _rules, removeBoilerplate), _rules, removeBoilerplate);
            default:
                return ArticleAssembler.Assemble(PlainTextArticleParser.Parse(input.Raw ?? string.Empty), _rules, removeBoilerplate, documentTitle: null);
        }
    }
}
