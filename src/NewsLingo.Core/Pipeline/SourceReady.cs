namespace NewsLingo.Core.Pipeline;

/// <summary>First: the parsed and cleaned source.</summary>
public sealed record SourceReady(SourceArticle Source) : ArticleEvent;
