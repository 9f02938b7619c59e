namespace NewsLingo.Core.Pipeline;

/// <summary>One step of processing an article, as StreamArticle sends it.</summary>
public abstract record ArticleEvent;
