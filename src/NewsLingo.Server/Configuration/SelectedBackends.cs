namespace NewsLingo.Server.Configuration;

/// <summary>The backend names in use after "auto" is resolved, and why, for the start-up log and health.</summary>
public sealed record SelectedBackends(string Translator, string Summarizer, string LanguageDetector, IReadOnlyList<string> Warnings)
{
    /// <summary>Translators that serve, in order, when <see cref="Translator"/> fails.</summary>
    public IReadOnlyList<string> TranslatorFallbacks { get; init; } = [];

    /// <summary>Summarizers that serve, in order, when <see cref="Summarizer"/> fails.</summary>
    public IReadOnlyList<string> SummarizerFallbacks { get; init; } = [];

    /// <summary>Every enabled translator, the default (<see cref="Translator"/>) first.</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

    /// <summary>Every enabled summarizer, the default first.</summary>
    public IReadOnlyList<string> Summarizers { get; init; } = [];

    /// <summary>The routing rules, in order.</summary>
    public IReadOnlyList<Core.Translation.Routing.TranslationRoute> Routes { get; init; } = [];
}
