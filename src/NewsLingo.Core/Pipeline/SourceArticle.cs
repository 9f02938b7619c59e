using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Pipeline;

/// <summary>The article after parsing and cleaning, and the language it is in.</summary>
public sealed record SourceArticle(ReadArticle Read, ResolvedLanguage Language);
