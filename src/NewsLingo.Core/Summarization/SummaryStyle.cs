namespace NewsLingo.Core.Summarization;

/// <summary>The shape of a summary.</summary>
public enum SummaryStyle
{
    /// <summary>Sentences run together as one paragraph.</summary>
    Paragraph = 0,

    /// <summary>One point per sentence.</summary>
    Bullets = 1,

    /// <summary>A single short sentence.</summary>
    Headline = 2,
}
