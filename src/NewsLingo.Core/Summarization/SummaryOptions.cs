namespace NewsLingo.Core.Summarization;

/// <summary>How a summary is to be made.</summary>
public sealed record SummaryOptions(SummaryLength Length, SummaryStyle Style = SummaryStyle.Paragraph)
{
    public static SummaryOptions Default { get; } = new(SummaryLength.Default);
}
