using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>Last: the whole request's usage.</summary>
public sealed record ArticleCompleted(CallReport Usage) : ArticleEvent;
