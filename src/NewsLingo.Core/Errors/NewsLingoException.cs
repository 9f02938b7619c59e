namespace NewsLingo.Core.Errors;

/// <summary>
/// A failure the service can explain to its caller. <see cref="Reason"/> is the stable,
/// UPPER_SNAKE code callers switch on (it becomes google.rpc.ErrorInfo.reason); the message is for people.
/// </summary>
public abstract class NewsLingoException : Exception
{
    protected NewsLingoException(string reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>The machine-readable reason, e.g. "UNSUPPORTED_LANGUAGE_DIRECTION".</summary>
    public string Reason { get; }

    /// <summary>Context for the caller (limits, supported lists); never secrets, never article text.</summary>
    public IDictionary<string, string> Details { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
