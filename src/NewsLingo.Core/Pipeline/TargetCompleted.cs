namespace NewsLingo.Core.Pipeline;

/// <summary>A target is done.</summary>
public sealed record TargetCompleted(TargetReport Report) : ArticleEvent;
