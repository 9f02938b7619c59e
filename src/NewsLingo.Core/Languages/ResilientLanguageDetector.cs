using NewsLingo.Core.Translation.Resilience;

namespace NewsLingo.Core.Languages;

/// <summary>
/// A detector's calls through its backend's resilience pipeline (timeout, retries, circuit), like
/// every other backend call: a cloud detector makes one transport attempt, this layer the rest.
/// </summary>
public sealed class ResilientLanguageDetector(ILanguageDetector inner, BackendResiliencePipelines pipelines) : ILanguageDetector
{
    public string Name => inner.Name;

    public IReadOnlyCollection<LanguageTag> SupportedLanguages => inner.SupportedLanguages;

    public Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) =>
        pipelines.ExecuteAsync(inner.Name, declaredTimeout: null, static (s, token) => s.inner.DetectAsync(s.text, token), (inner, text), cancellationToken);
}
