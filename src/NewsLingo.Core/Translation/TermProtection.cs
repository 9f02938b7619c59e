namespace NewsLingo.Core.Translation;

/// <summary>How a backend is told to keep a glossary term or force its translation.</summary>
public enum TermProtection
{
    /// <summary>The term travels as a <c>⟦n⟧</c> placeholder and is put back in the answer (any backend).</summary>
    Placeholders = 0,

    /// <summary>
    /// Microsoft Translator's documented markup: a forced translation as its dynamic dictionary,
    /// <c>&lt;mstrans:dictionary translation="…"&gt;term&lt;/mstrans:dictionary&gt;</c>, and a term kept
    /// as written in HTML as <c>&lt;span class="notranslate"&gt;</c>; the engine then writes the
    /// sentence around the term itself (agreement, articles) instead of around a token.
    /// </summary>
    TranslatorMarkup = 1,
}
