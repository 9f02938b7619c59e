using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Client;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Language detection through Translator's POST /detect. Only the start of a long text is sent: a few
/// thousand characters decide the language as well as a whole article and cost less.
/// </summary>
internal sealed class AzureLanguageDetector(TextTranslationClient client, AzureLanguageCatalog catalog, IOptions<AzureTranslatorOptions> options) : ILanguageDetector
{
    /// <summary>Characters sent for detection (the service accepts up to 50,000 per element).</summary>
    public const int SampleCharacters = 5_000;

    public string Name => AzureFailures.BackendName;

    /// <summary>
    /// Translator's languages as last fetched from /languages; empty until the first fetch completes
    /// (reading this property starts one in the background, since a property cannot await).
    /// </summary>
    public IReadOnlyCollection<LanguageTag> SupportedLanguages
    {
        get
        {
            catalog.EnsureStarted();
            return catalog.Current?.Languages ?? [];
        }
    }

    public async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Trim();
        if (sample.Length == 0)
        {
            return LanguageDetection.Undetermined;
        }

        if (sample.Length > SampleCharacters)
        {
            // Don't cut a surrogate pair in half: the service rejects malformed UTF-16.
            var cut = char.IsHighSurrogate(sample[SampleCharacters - 1]) ? SampleCharacters - 1 : SampleCharacters;
            sample = sample[..cut];
        }

        const string operation = "POST /detect";
        DetectedLanguage detected;
        try
        {
            var results = await client.DetectAsync([sample], cancellationToken).ConfigureAwait(false);
            detected = results.Count == 1 ? results[0] : throw AzureFailures.InvalidResponse(operation, $"{results.Count} answers for 1 text.");
        }
        catch (Exception ex) when (AzureFailures.Classify(ex, operation, options.Value, cancellationToken) is { } failure)
        {
            throw failure;
        }

        if (!LanguageTag.TryParse(detected.Language, out var language))
        {
            return LanguageDetection.Undetermined;
        }

        var alternatives = detected.Alternatives
            .Where(a => LanguageTag.TryParse(a.Language, out _))
            .Select(a => new LanguageCandidate(LanguageTag.Parse(a.Language), Math.Clamp(a.Score, 0, 1)))
            .OrderByDescending(a => a.Confidence)
            .ToList();
        return new LanguageDetection(language, Math.Clamp(detected.Score, 0, 1), alternatives);
    }
}
