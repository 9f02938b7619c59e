namespace NewsLingo.Core.Languages;

/// <summary>Identifies the language a text is written in.</summary>
public interface ILanguageDetector
{
    /// <summary>A short name for reports and logs ("lingua", "fake").</summary>
    string Name { get; }

    /// <summary>The languages this detector can recognise.</summary>
    IReadOnlyCollection<LanguageTag> SupportedLanguages { get; }

    /// <summary>
    /// Detects the language of <paramref name="text"/>. Short or mixed texts answer honestly
    /// with a low confidence or no language at all rather than a guess dressed as certainty.
    /// </summary>
    Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken);
}
