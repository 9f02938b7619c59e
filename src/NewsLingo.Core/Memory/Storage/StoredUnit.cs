namespace NewsLingo.Core.Memory;

/// <summary>What storing one draft did.</summary>
/// <param name="Unit">The entry as stored (or as it stays, when <see cref="Outcome"/> is <see cref="StoreOutcome.KeptNewer"/>).</param>
/// <param name="Outcome">Added, updated, or left as it was.</param>
public sealed record StoredUnit(TranslationUnit Unit, StoreOutcome Outcome);
