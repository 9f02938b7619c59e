namespace NewsLingo.Core.Memory;

/// <summary>
/// The store failed (unreachable, timed out, disk full, locked): raised by store adapters around
/// their provider's exceptions, so <see cref="TranslationMemory"/> can turn an outage into misses for
/// lookups and UNAVAILABLE for writes without knowing any provider.
/// </summary>
public sealed class MemoryStoreException(string store, string message, Exception? innerException = null)
    : Exception($"Translation memory store '{store}': {message}", innerException)
{
    public string Store { get; } = store;
}
