using NewsLingo.Core.Translation.Routing;

namespace NewsLingo.Core.Backends;

/// <summary>The backend names in use after "auto" is resolved, their fallbacks, and why, for the stacks, the start-up log and health.</summary>
public sealed record SelectedBackends(string Translator, string Summarizer, string LanguageDetector, IReadOnlyList<string> Warnings)
{
    /// <summary>Translators that serve, in order, when <see cref="Translator"/> fails.</summary>
    public IReadOnlyList<string> TranslatorFallbacks => FallbacksOf(BackendCapabilities.Translate, Translator);

    /// <summary>Summarizers that serve, in order, when <see cref="Summarizer"/> fails.</summary>
    public IReadOnlyList<string> SummarizerFallbacks => FallbacksOf(BackendCapabilities.Summarize, Summarizer);

    /// <summary>Detectors that serve, in order, when <see cref="LanguageDetector"/> fails.</summary>
    public IReadOnlyList<string> LanguageDetectorFallbacks { get; init; } = [];

    /// <summary>Every enabled translator, the default (<see cref="Translator"/>) first.</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

    /// <summary>Every enabled summarizer, the default first.</summary>
    public IReadOnlyList<string> Summarizers { get; init; } = [];

    /// <summary>The routing rules, in order.</summary>
    public IReadOnlyList<TranslationRoute> Routes { get; init; } = [];

    /// <summary>The fallbacks of each enabled translator's own stack, by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TranslatorChains { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The fallbacks of each enabled summarizer's own stack, by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SummarizerChains { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every backend the deployment enables (served, fallen back on or routed to), each once: the ones checked, warmed up and probed.</summary>
    public IReadOnlyList<string> Enabled { get; init; } = [];

    /// <summary>The fallbacks of the stack of <paramref name="name"/> for <paramref name="capability"/>, in order.</summary>
    public IReadOnlyList<string> FallbacksOf(BackendCapabilities capability, string name) => capability switch
    {
        BackendCapabilities.Translate => TranslatorChains.GetValueOrDefault(name) ?? [],
        BackendCapabilities.Summarize => SummarizerChains.GetValueOrDefault(name) ?? [],
        BackendCapabilities.Detect when string.Equals(name, LanguageDetector, StringComparison.OrdinalIgnoreCase) => LanguageDetectorFallbacks,
        _ => [],
    };
}
