using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Configuration;

/// <summary>
/// Which backend serves each capability, by name. "auto" picks the offline engines when they are
/// installed and the fakes otherwise (with a warning); "fake" gives the deterministic fakes.
/// </summary>
public sealed class BackendSelectionOptions
{
    public const string SectionName = "NewsLingo:Backends";

    /// <summary>Translator: auto (default), apertium, azure, llm or fake.</summary>
    [Required]
    public string Translator { get; set; } = BackendNames.Auto;

    /// <summary>Summarizer: auto (default), extractive, llm or fake.</summary>
    [Required]
    public string Summarizer { get; set; } = BackendNames.Auto;

    /// <summary>Language detector: auto (default), lingua, azure or fake.</summary>
    [Required]
    public string LanguageDetector { get; set; } = BackendNames.Auto;

    /// <summary>Translators that serve, in order, when the chosen one fails transiently or times out (e.g. ["apertium"]). Default none.</summary>
    public string[] TranslatorFallbacks { get; set; } = [];

    /// <summary>Summarizers that serve, in order, when the chosen one fails transiently or times out (e.g. ["extractive"]). Default none.</summary>
    public string[] SummarizerFallbacks { get; set; } = [];

    /// <summary>
    /// Translators enabled beside <see cref="Translator"/> (the default), each with its own options,
    /// resilience and cache namespace: a request may name any of them (<c>translator</c>), and
    /// <see cref="Routes"/> send directions to them. Default none: <see cref="Translator"/> alone.
    /// </summary>
    public string[] Translators { get; set; } = [];

    /// <summary>Summarizers enabled beside <see cref="Summarizer"/> (the default), for requests that name one (<c>summary.summarizer</c>).</summary>
    public string[] Summarizers { get; set; } = [];

    /// <summary>Routing rules in order: the first whose source and target match a direction names its translator; other directions go to <see cref="Translator"/>.</summary>
    public List<TranslationRouteOptions> Routes { get; set; } = [];

    /// <summary>True when <paramref name="backend"/> is named for any capability or fallback, so its settings must be valid at start-up.</summary>
    public bool Uses(string backend) =>
        new[] { Translator, Summarizer, LanguageDetector }.Concat(TranslatorFallbacks).Concat(SummarizerFallbacks)
            .Concat(Translators).Concat(Summarizers).Concat(Routes.SelectMany(r => r.Fallbacks.Append(r.Translator)))
            .Any(name => string.Equals(name, backend, StringComparison.OrdinalIgnoreCase));
}
