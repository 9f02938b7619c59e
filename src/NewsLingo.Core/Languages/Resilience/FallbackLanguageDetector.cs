using NewsLingo.Core.Backends.Resilience;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Core.Languages.Resilience;

/// <summary>
/// Detectors preferred first (<see cref="FallbackChain{TBackend}"/>): when one fails by its own fault
/// the next answers, and the detection names it. An honest "undetermined" is an answer, not a failure.
/// </summary>
public sealed class FallbackLanguageDetector(IReadOnlyList<ILanguageDetector> chain, NewsLingoMetrics metrics) : DelegatingLanguageDetector(chain[0])
{
    private readonly FallbackChain<ILanguageDetector> _chain = new(chain, static d => d.Name, metrics);

    public override async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        var (detection, served, fallback) = await _chain.RunAsync(
            static (_, _) => ValueTask.FromResult<string?>(null),
            (detector, token) => detector.DetectAsync(text, token),
            cancellationToken).ConfigureAwait(false);
        return fallback is null ? detection : detection with { Detector = served.Name };
    }
}
