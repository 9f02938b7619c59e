using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Tests.Languages;

/// <summary>The page's declared language helps an unsure detection and never overrides a confident one.</summary>
public sealed class DeclaredLanguageHintTests
{
    private static SourceLanguageResolver Resolver(LanguageDetection detection) => new(new FixedDetector(detection));

    private static readonly LanguageTag French = LanguageTag.Parse("fr");
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    [Fact]
    public async Task A_confident_detection_wins_over_the_declared_language()
    {
        var resolved = await Resolver(new LanguageDetection(French, 0.93, [])).ResolveAsync(null, "texte", "options.source_language", "en", CancellationToken.None);

        Assert.Equal(French, resolved.Language);
    }

    [Fact]
    public async Task An_unsure_detection_that_has_the_declared_language_among_its_candidates_takes_it()
    {
        var detection = new LanguageDetection(English, 0.31, [new LanguageCandidate(French, 0.29)]);

        var resolved = await Resolver(detection).ResolveAsync(null, "texte", "options.source_language", "fr-FR", CancellationToken.None);

        Assert.Equal(French, resolved.Language);
        Assert.True(resolved.Detected);
        Assert.Equal(0.29, resolved.Confidence);
    }

    [Fact]
    public async Task An_unsure_detection_that_rules_the_declared_language_out_is_still_refused()
    {
        var detection = new LanguageDetection(LanguageTag.Parse("de"), 0.31, [new LanguageCandidate(LanguageTag.Parse("nl"), 0.29)]);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Resolver(detection).ResolveAsync(null, "text", "options.source_language", "fr", CancellationToken.None));

        Assert.Equal(ErrorReasonCodes.SourceLanguageUndetected, Assert.Single(error.Violations).Reason);
    }

    private sealed class FixedDetector(LanguageDetection detection) : ILanguageDetector
    {
        public string Name => "fixed";

        public IReadOnlyCollection<LanguageTag> SupportedLanguages => [French, English];

        public Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) => Task.FromResult(detection);
    }
}
