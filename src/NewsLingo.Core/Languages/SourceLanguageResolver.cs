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
    public Task<ResolvedLanguage> ResolveAsync(LanguageTag? given, string text, string field, CancellationToken cancellationToken) =>
        ResolveAsync(given, text, field, declared: null, cancellationToken);

    /// <summary>
    /// As <see cref="ResolveAsync(LanguageTag?, string, string, CancellationToken)"/>, with the language the
    /// document declared (an HTML page's lang) as a hint: used when detection is not confident and does
    /// not rule it out, never over a confident detection (pages keep a template's lang="en" on French articles).
    /// </summary>
    public async Task<ResolvedLanguage> ResolveAsync(LanguageTag? given, string text, string field, string? declared, CancellationToken cancellationToken)
    {
        if (given is { } language)
        {
            return ResolvedLanguage.Given(language);
        }

        var detection = await detector.DetectAsync(text, cancellationToken).ConfigureAwait(false);
        if (!detection.IsReliable && DeclaredHint(declared, detection) is { } hinted)
        {
            return hinted;
        }

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

    /// <summary>The declared language, when it is a known language and detection's best guess or one of its candidates (or detection had none).</summary>
    private static ResolvedLanguage? DeclaredHint(string? declared, LanguageDetection detection)
    {
        if (!LanguageTag.TryParse(declared, out var tag) || !tag.IsKnownLanguage())
        {
            return null;
        }

        // Translators take the language, not the page's region ("fr-FR" → "fr").
        var hint = LanguageTag.Parse(tag.Language);
        if (detection.Language is null)
        {
            return new ResolvedLanguage(hint, true, 0);
        }

        var candidates = detection.Alternatives.Prepend(new LanguageCandidate(detection.Language.Value, detection.Confidence));
        return candidates.FirstOrDefault(c => string.Equals(c.Language.Language, hint.Language, StringComparison.OrdinalIgnoreCase)) is { } match
            ? new ResolvedLanguage(hint, true, match.Confidence)
            : null;
    }
}
