namespace NewsLingo.Core.Memory;

/// <summary>What storing a draft did to the memory.</summary>
public enum StoreOutcome
{
    /// <summary>A new entry.</summary>
    Added = 1,

    /// <summary>The entry for that source segment now has this translation.</summary>
    Updated = 2,

    /// <summary>The entry for that source segment changed more recently than the draft, and stays.</summary>
    KeptNewer = 3,
}
