namespace NewsLingo.Core.Translation;

/// <summary>Who protects glossary terms in what a backend is sent, for one direction (<see cref="ITranslator.TermProtectionFor"/>).</summary>
public enum TermProtection
{
    /// <summary>NewsLingo: each term travels as a <c>⟦n⟧</c> placeholder and is put back in the answer (any backend, any direction).</summary>
    Placeholders = 0,

    /// <summary>
    /// The backend itself, by its vendor's own mechanism (a markup the service honours, a glossary it
    /// keeps): it gets the segments as written and the terms that apply (<see cref="TranslationBatch.Terms"/>),
    /// and answers with them kept or forced; the engine then writes the sentence around the term itself
    /// (agreement, articles) instead of around a token.
    /// </summary>
    Backend = 1,
}
