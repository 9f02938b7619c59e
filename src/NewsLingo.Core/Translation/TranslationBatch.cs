using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>One backend call: segments in order, all in the same direction and format.</summary>
/// <param name="Segments">Texts to translate; the answer has exactly as many, in the same order.</param>
/// <param name="Source">The source language (always resolved before a backend is called).</param>
/// <param name="Target">The target language.</param>
/// <param name="Format">Plain text or HTML.</param>
/// <param name="Formality">Requested register.</param>
public sealed record TranslationBatch(
    IReadOnlyList<string> Segments,
    LanguageTag Source,
    LanguageTag Target,
    TextFormat Format = TextFormat.Plain,
    Formality Formality = Formality.Default)
{
    /// <summary>
    /// The glossary terms that apply to this batch's target and stand in its segments, for a backend that
    /// protects terms itself in this direction (<see cref="TermProtection.Backend"/>); empty otherwise (the
    /// terms are placeholders then). Hints for the backend travel with the batch, beside the segments, so a
    /// backend that can use more of them (translation-memory examples per segment) reads them here too.
    /// </summary>
    public IReadOnlyList<BatchTerm> Terms { get; init; } = [];

    public LanguageDirection Direction => new(Source, Target);

    public int CharacterCount => Segments.Sum(s => s.Length);
}
