namespace NewsLingo.Core.Backends;

/// <summary>The names configuration gives backends beyond their own.</summary>
public static class BackendNames
{
    /// <summary>The best backend that can run here, by the descriptors' priorities (a fake, with a warning, when none can).</summary>
    public const string Auto = "auto";

    /// <summary>As the only fallback of a capability: no fallback, not even the backends' own defaults.</summary>
    public const string None = "none";

    /// <summary>The last resort of "auto" when no backend marked fake is registered.</summary>
    public const string Fake = "fake";
}
