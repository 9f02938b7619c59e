namespace NewsLingo.Core.Backends;

/// <summary>What a backend can do; a backend may offer several (Azure translates and detects).</summary>
[Flags]
public enum BackendCapabilities
{
    None = 0,

    /// <summary>An <see cref="Translation.ITranslator"/>.</summary>
    Translate = 1,

    /// <summary>An <see cref="Summarization.ISummarizer"/>.</summary>
    Summarize = 2,

    /// <summary>An <see cref="Languages.ILanguageDetector"/>.</summary>
    Detect = 4,
}
