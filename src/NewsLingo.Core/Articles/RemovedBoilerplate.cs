namespace NewsLingo.Core.Articles;

/// <summary>Text dropped as boilerplate, with the rule that matched, so callers can audit the cleaning.</summary>
/// <param name="Text">The text removed.</param>
/// <param name="Rule">The name of the rule that removed it (e.g. "share-button", "repeated-title").</param>
public sealed record RemovedBoilerplate(string Text, string Rule);
