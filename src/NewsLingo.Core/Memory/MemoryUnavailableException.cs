using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Memory;

/// <summary>
/// A write or a listing could not reach the memory's store (UNAVAILABLE, retryable). Lookups never
/// raise it: during an outage they are misses and translation goes on.
/// </summary>
public sealed class MemoryUnavailableException : NewsLingoException
{
    public MemoryUnavailableException(string store, TimeSpan retryAfter, Exception? innerException = null)
        : base(ErrorReasonCodes.MemoryUnavailable, $"The translation memory store ({store}) is unreachable; nothing was stored or read. Translation goes on without it. Retry in {retryAfter.TotalSeconds:0} s or later.", innerException)
    {
        RetryAfter = retryAfter;
        Details["store"] = store;
    }

    /// <summary>When the store will be tried again.</summary>
    public TimeSpan RetryAfter { get; }
}
