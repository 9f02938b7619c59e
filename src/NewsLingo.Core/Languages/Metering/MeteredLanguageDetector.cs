using System.Diagnostics;
using NewsLingo.Core.Backends.Metering;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Languages.Metering;

/// <summary>The detector counterpart of <see cref="Translation.Metering.MeteredTranslator"/>: one span and one latency sample per call that reaches the backend.</summary>
public sealed class MeteredLanguageDetector(ILanguageDetector inner, NewsLingoMetrics metrics) : DelegatingLanguageDetector(inner)
{
    public override async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        using var activity = NewsLingoMetrics.ActivitySource.StartActivity($"detect {Name}", ActivityKind.Client);
        activity?.SetTag("newslingo.backend", Name);
        return await MeteredCall.RunAsync(
            metrics,
            Name,
            "detector",
            activity,
            token => InnerDetector.DetectAsync(text, token),
            static _ => CallReport.Empty,
            cancellationToken).ConfigureAwait(false);
    }
}
