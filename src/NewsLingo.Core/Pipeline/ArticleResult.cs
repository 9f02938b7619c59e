using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>A processed article: the cleaned source and one translation per target, in the request's order.</summary>
public sealed record ArticleResult(SourceArticle Source, IReadOnlyList<ArticleTranslation> Translations, CallReport Usage);
