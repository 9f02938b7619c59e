namespace NewsLingo.Core.Memory.Alignment;

/// <summary>A source segment and its translation, found in a corrected element.</summary>
/// <param name="Source">One or more source sentences.</param>
/// <param name="Target">Their translation: one or more target sentences.</param>
/// <param name="SourceSentences">How many source sentences the pair holds (the 2 of a 2:1 pair).</param>
/// <param name="TargetSentences">How many target sentences it holds.</param>
public sealed record AlignedPair(string Source, string Target, int SourceSentences, int TargetSentences)
{
    /// <summary>"1:1", "2:1".</summary>
    public string Shape => $"{SourceSentences}:{TargetSentences}";
}
