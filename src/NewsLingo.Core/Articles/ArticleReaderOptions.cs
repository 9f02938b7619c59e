namespace NewsLingo.Core.Articles;

/// <summary>Settings of the article reader (section <c>NewsLingo:Articles</c>).</summary>
public sealed class ArticleReaderOptions
{
    public const string SectionName = "NewsLingo:Articles";

    /// <summary>
    /// Boilerplate rule files (JSON, the format of the built-in <c>Articles/Boilerplate/Rules/boilerplate-*.json</c>; not named <c>x.fr.json</c>, which MSBuild would take for a satellite resource)
    /// added to the built-in lists, e.g. a site's own share and promotion lines.
    /// </summary>
    public List<string> ExtraRuleFiles { get; set; } = [];
}
