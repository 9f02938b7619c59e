using System.ComponentModel.DataAnnotations;
using NewsLingo.Core.Errors;

namespace NewsLingo.Backends.Fakes;

/// <summary>
/// Behaviour of the fake backends, so callers' CI can exercise their timeouts and retries against
/// NewsLingo: a fixed latency per call and a deterministic share of failing calls.
/// </summary>
public sealed class FakeBackendOptions : IValidatableObject
{
    public const string SectionName = "NewsLingo:Fakes";

    /// <summary>Delay added to every fake backend call. Default none. Honours cancellation and deadlines.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Share of calls that fail, 0 (default) to 1.</summary>
    [Range(0.0, 1.0)]
    public double FailureRate { get; set; }

    /// <summary>How injected failures fail: Unavailable (default), RateLimited, TimedOut, InvalidResponse, CredentialsRejected.</summary>
    public BackendFailure FailureKind { get; set; } = BackendFailure.Unavailable;

    /// <summary>Retry-After reported with RateLimited failures. Default 1 second.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Share of segments, 0 (default) to 1, whose first figure the fake translator changes (its
    /// last digit plus one), so a caller's CI sees the fact check report it in <c>fact_issues</c>.
    /// Chosen by the segment's text, so the same segment is changed in every run.
    /// </summary>
    [Range(0.0, 1.0)]
    public double FigureFaultRate { get; set; }

    /// <summary>Seed of the failure sequence: the same seed fails the same calls, run after run.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Languages the fake translates between (every ordered pair). Default fr, en, es, de, it, pt, nl, ca.</summary>
    [MinLength(2)]
    public string[] Languages { get; set; } = ["fr", "en", "es", "de", "it", "pt", "nl", "ca"];

    /// <summary>Characters per fake call, so chunking is exercised as with a real backend. Default 10,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxCharactersPerRequest { get; set; } = 10_000;

    /// <summary>Segments per fake call. Default 100.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSegmentsPerRequest { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latency < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:Latency must not be negative.", [nameof(Latency)]);
        }

        foreach (var language in Languages)
        {
            if (!Core.Languages.LanguageTag.TryParse(language, out _))
            {
                yield return new ValidationResult($"{SectionName}:Languages contains '{language}', which is not a BCP-47 language code.", [nameof(Languages)]);
            }
        }
    }
}
