using NewsLingo.Core.Languages;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Pipeline;

/// <summary>What serving one target took: the translator, the words it did not know, and the usage.</summary>
public sealed record TargetReport(LanguageTag Target, string Translator, IReadOnlyList<string> UnknownWords, CallReport Usage)
{
    /// <summary>Facts this target's translation lost or changed, by element (the summary's included).</summary>
    public IReadOnlyList<Facts.FactFinding> FactIssues { get; init; } = [];
}
