using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>Segments of any number and size to translate in one direction; the engine batches them for the backend.</summary>
/// <param name="Segments">Texts in order; empty ones are passed through untouched.</param>
/// <param name="Source">The resolved source language.</param>
/// <param name="Target">The target language.</param>
/// <param name="Format">Plain text or HTML.</param>
/// <param name="Formality">Requested register.</param>
/// <param name="Field">The request field that named the target, for error messages ("target_languages[1]").</param>
/// <param name="Glossary">Terms to keep or to force, or null.</param>
/// <param name="Translator">The enabled translator the request chose for this target; null: the routing decides.</param>
public sealed record SegmentJob(
    IReadOnlyList<string> Segments,
    LanguageTag Source,
    LanguageTag Target,
    TextFormat Format = TextFormat.Plain,
    Formality Formality = Formality.Default,
    string Field = "target_languages",
    Glossary? Glossary = null,
    string? Translator = null)
{
    public LanguageDirection Direction => new(Source, Target);
}
