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

    /// <summary>True when <paramref name="backend"/> is named for any capability, so its settings must be valid at start-up.</summary>
    public bool Uses(string backend) =>
        new[] { Translator, Summarizer, LanguageDetector }.Any(name => string.Equals(name, backend, StringComparison.OrdinalIgnoreCase));
}
