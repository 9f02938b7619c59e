using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Pipeline;

/// <summary>The translations of one text, or why this text alone failed (the others are unaffected).</summary>
public sealed record TextTranslationItem(ResolvedLanguage? Source, IReadOnlyList<TranslatedText> Translations, NewsLingoException? Error);
