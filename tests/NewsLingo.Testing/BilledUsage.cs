using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Testing;

/// <summary>What one adapter call billed, read off its report (an adapter's report names at most itself).</summary>
public static class BilledUsage
{
    public static BackendUsage Billed(this TranslationBatchResult result) => Single(result.Report, "translator");

    public static BackendUsage Billed(this SummaryResult result) => Single(result.Report, result.Backend);

    private static BackendUsage Single(CallReport report, string nobody) => report.Backends.Count switch
    {
        0 => BackendUsage.None(nobody),
        1 => report.Backends[0],
        _ => throw new InvalidOperationException($"The report bills {report.Backends.Count} backends: read them one by one."),
    };
}
