using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Pipeline;

/// <summary>One text in one target language.</summary>
public sealed record TranslatedText(LanguageTag Target, string Text, IReadOnlyList<string> UnknownWords);
