namespace NewsLingo.Core.Summarization;

/// <summary>How a summary is to be made, and by which enabled summarizer (null: the default).</summary>
public sealed record SummaryOptions(SummaryLength Length, SummaryStyle Style = SummaryStyle.Paragraph, string? Summarizer = null)
{
    /// <summary>The request field that chose the summarizer, for errors.</summary>
    public string SummarizerField { get; init; } = "options.summarizer";

    public static SummaryOptions Default { get; } = new(SummaryLength.Default);
}
