using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Languages;

/// <summary>Decides which language a text is in: the caller's word when given, else a detection that must be reliable.</summary>
public sealed class SourceLanguageResolver(ILanguageDetector detector)
{
    public string DetectorName => detector.Name;

    /// <summary>
    /// Returns the caller's language, or the detected one. An unreliable detection is refused
    /// (translating on a guess wastes the caller's money and gives nonsense) with a violation on
    /// <paramref name="field"/> telling the caller to pass the language.
    /// </summary>
    public async Task<ResolvedLanguage> ResolveAsync(LanguageTag? given, string text, string field, CancellationToken cancellationToken)
    {
        if (given is { } language)
        {
            return ResolvedLanguage.Given(language);
        }

        var detection = await detector.DetectAsync(text, cancellationToken).ConfigureAwait(false);
        if (!detection.IsReliable)
        {
            var best = detection.Language is { } guess ? $"best guess {guess} at {detection.Confidence:0.00}" : "no candidate";
            throw new RequestValidationException(
            [
                new FieldViolation(
                    field,
                    ErrorReasonCodes.SourceLanguageUndetected,
                    $"The source language could not be detected reliably ({best}, detector '{detector.Name}'); set {field} to the text's BCP-47 language code."),
            ]);
        }

        return new ResolvedLanguage(detection.Language!.Value, true, detection.Confidence);
    }
}
