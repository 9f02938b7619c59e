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

    /// <summary>
    /// Names of rules (built-in or from <see cref="ExtraRuleFiles"/>) not to apply, e.g. <c>caption</c> for a
    /// newsroom that wants photo captions translated with the body. Each name must be a rule's, or start-up stops.
    /// </summary>
    public List<string> DisabledRules { get; set; } = [];
}
