using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Core.Backends;

/// <summary>
/// Which backends a deployment enables, by name: the default of each capability, the others beside it,
/// fallbacks and routes. "auto" picks the best backend that can run here (the offline engines when
/// installed, else the fakes with a warning). Only the backends named here (or picked by "auto", or
/// declared as a default fallback of one of them) are enabled: their settings are checked at start-up,
/// they are warmed up and probed.
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

    /// <summary>
    /// Summarizers that serve, in order, when the chosen one fails (e.g. ["extractive"]). Default: each
    /// summarizer's own (the LLM's is the extractive summarizer); ["none"] for no fallback at all.
    /// </summary>
    public string[] SummarizerFallbacks { get; set; } = [];

    /// <summary>Detectors that serve, in order, when the chosen one fails (e.g. ["lingua"] behind "azure"). Default none.</summary>
    public string[] LanguageDetectorFallbacks { get; set; } = [];

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
}
