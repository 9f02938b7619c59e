namespace NewsLingo.Core.Memory.Alignment;

/// <summary>How a corrected element was cut into segment pairs.</summary>
public enum AlignmentMethod
{
    /// <summary>As many sentences on both sides, each pair of plausible lengths: sentence i with sentence i.</summary>
    OneToOne = 1,

    /// <summary>Sentences aligned by their lengths (Gale–Church), some merged (2:1, 1:2, …).</summary>
    LengthBased = 2,

    /// <summary>The whole element as one pair: one side is a single sentence, or no alignment was credible.</summary>
    WholeBlock = 3,
}
