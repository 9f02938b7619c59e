using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Core.Languages.Resilience;

/// <summary>One detector's calls through its resilience pipeline: timeout, retries, circuit (<see cref="BackendResiliencePipelines"/>).</summary>
/// <param name="inner">The detector.</param>
/// <param name="pipelines">The resilience pipelines of every backend.</param>
/// <param name="declaredTimeout">The backend's own default timeout, from its descriptor.</param>
public sealed class ResilientLanguageDetector(ILanguageDetector inner, BackendResiliencePipelines pipelines, TimeSpan? declaredTimeout = null) : DelegatingLanguageDetector(inner)
{
    public override Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(Name, declaredTimeout, static (s, token) => s.InnerDetector.DetectAsync(s.text, token), (InnerDetector, text), cancellationToken);
}
