using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>One item per request text, in order, and what the request cost.</summary>
public sealed record TextTranslationResult(IReadOnlyList<TextTranslationItem> Items, string Translator, CallReport Usage);
