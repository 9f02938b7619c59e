namespace NewsLingo.Core.Usage;

/// <summary>A backend of a fallback chain that did not serve a call, and why.</summary>
/// <param name="Backend">Its name.</param>
/// <param name="Failed">True when it was called and failed; false when it was skipped without a call.</param>
/// <param name="Why">The failure's reason and message, or why it was skipped.</param>
public sealed record BackendMiss(string Backend, bool Failed, string Why)
{
    public string Describe() => Failed ? $"{Backend} failed ({Why})" : $"{Backend} skipped ({Why})";
}
