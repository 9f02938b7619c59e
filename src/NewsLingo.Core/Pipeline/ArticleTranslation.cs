using NewsLingo.Core.Articles;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Core.Pipeline;

/// <summary>The article in one target language, with the source's structure, its summary and its report.</summary>
public sealed record ArticleTranslation(Article Article, Summary? Summary, TargetReport Report);
