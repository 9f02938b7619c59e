using System.Diagnostics;
using Lingua;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Detection;

/// <summary>
/// Language detection with Lingua (n-gram models, good on short texts), limited to the configured
/// languages. Confidence is Lingua's own probability for the best language; a text that is too
/// short, or whose best two languages are too close, comes back without a language.
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    public const string BackendName = "lingua";

    // Candidates below this are noise and only lengthen logs.
    private const double MinimumAlternativeConfidence = 0.01;

    private readonly LanguageDetector _detector;
    private readonly Dictionary<Language, LanguageTag> _tags;
    private readonly int _minimumWords;

    public LinguaLanguageDetector(IOptions<LanguageDetectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _tags = [];
        foreach (var name in settings.EffectiveLanguages)
        {
            if (!LinguaLanguageNames.TryResolve(name, out var language, out var tag))
            {
                throw new ArgumentException($"{LanguageDetectionOptions.SectionName}:Languages: '{name}' is not a language Lingua can detect.", nameof(options));
            }

            _tags[language] = tag;
        }

        _minimumWords = settings.MinimumWords;
        var stopwatch = Stopwatch.StartNew();
        var builder = LanguageDetectorBuilder.FromLanguages([.. _tags.Keys])
            .WithMinimumRelativeDistance(settings.MinimumRelativeDistance);
        if (settings.Preload)
        {
            builder = builder.WithPreloadedLanguageModels();
        }

        if (settings.LowAccuracyMode)
        {
            builder = builder.WithLowAccuracyMode();
        }

        _detector = builder.Build();
        LoadTime = stopwatch.Elapsed;
        SupportedLanguages = [.. _tags.Values];
    }

    public string Name => BackendName;

    public IReadOnlyCollection<LanguageTag> SupportedLanguages { get; }

    /// <summary>How long building the detector (and preloading its models when configured) took.</summary>
    public TimeSpan LoadTime { get; }

    public Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Detect(text));
    }

    private LanguageDetection Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetter))
        {
            return LanguageDetection.Undetermined;
        }

        var candidates = _detector.ComputeLanguageConfidenceValues(text)
            .Where(pair => pair.Value >= MinimumAlternativeConfidence && _tags.ContainsKey(pair.Key))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => _tags[pair.Key].Value, StringComparer.Ordinal)
            .Select(pair => new LanguageCandidate(_tags[pair.Key], pair.Value))
            .ToList();
        if (candidates.Count == 0)
        {
            return LanguageDetection.Undetermined;
        }

        // DetectLanguageOf applies the minimum relative distance; Unknown means "too close to call".
        var best = _detector.DetectLanguageOf(text);
        var tooShort = CountWords(text) < _minimumWords;
        if (tooShort || best == Language.Unknown || !_tags.TryGetValue(best, out var tag))
        {
            return new LanguageDetection(null, 0, candidates);
        }

        var confidence = candidates.FirstOrDefault(c => c.Language == tag)?.Confidence ?? 0;
        return new LanguageDetection(tag, confidence, candidates.Where(c => c.Language != tag).ToList());
    }

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
}
