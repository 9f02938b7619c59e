namespace NewsLingo.Core.Languages;

/// <summary>The outcome of language detection.</summary>
/// <param name="Language">The most likely language, or null when no language is likely enough.</param>
/// <param name="Confidence">0 to 1; how sure the detector is of <paramref name="Language"/>.</param>
/// <param name="Alternatives">Other candidates, most likely first (may be empty).</param>
public sealed record LanguageDetection(LanguageTag? Language, double Confidence, IReadOnlyList<LanguageCandidate> Alternatives)
{
    /// <summary>The answer for a text nobody could place.</summary>
    public static LanguageDetection Undetermined { get; } = new(null, 0, []);

    /// <summary>Below this confidence the pipeline will not silently trust a detection for translation.</summary>
    public const double ReliableConfidence = 0.5;

    public bool IsReliable => Language is not null && Confidence >= ReliableConfidence;

    /// <summary>The detector that answered when it was not the one asked (a fallback); null: the one asked.</summary>
    public string? Detector { get; init; }
}
