namespace NewsLingo.Core.Memory;

/// <summary>How an entry came into the memory.</summary>
public enum MemoryOrigin
{
    /// <summary>An editor's correction (pairs sent directly, or found in a corrected element).</summary>
    Correction = 1,

    /// <summary>Read from a TMX file.</summary>
    Import = 2,
}
