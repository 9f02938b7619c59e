namespace NewsLingo.Core.Summarization;

/// <summary>How long a summary may be: at most so many sentences, or at most so many words.</summary>
public sealed record SummaryLength
{
    private SummaryLength(int? maxSentences, int? maxWords)
    {
        MaxSentences = maxSentences;
        MaxWords = maxWords;
    }

    public int? MaxSentences { get; }

    public int? MaxWords { get; }

    /// <summary>Three sentences: what a news teaser usually holds.</summary>
    public static SummaryLength Default { get; } = Sentences(3);

    public static SummaryLength Sentences(int count) =>
        count > 0 ? new(count, null) : throw new ArgumentOutOfRangeException(nameof(count), count, "A summary needs at least one sentence.");

    public static SummaryLength Words(int count) =>
        count > 0 ? new(null, count) : throw new ArgumentOutOfRangeException(nameof(count), count, "A summary needs at least one word.");

    public override string ToString() => MaxSentences is { } s ? $"{s} sentences" : $"{MaxWords} words";
}
