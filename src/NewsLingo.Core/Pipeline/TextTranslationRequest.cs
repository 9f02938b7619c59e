using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Core.Pipeline;

/// <summary>A batch of independent texts to translate into one or more targets; <c>InputNotes</c> say how the input was normalized on arrival.</summary>
public sealed record TextTranslationRequest(
    IReadOnlyList<string> Texts,
    IReadOnlyList<LanguageTag> Targets,
    LanguageTag? SourceLanguage = null,
    TextFormat Format = TextFormat.Plain,
    Formality Formality = Formality.Default,
    Glossary? Glossary = null,
    IReadOnlyList<string>? InputNotes = null,
    Translation.Routing.TranslatorChoice? Translators = null);
