namespace NewsLingo.Core.Errors;

/// <summary>How a backend call failed, which decides the status and whether retrying or a fallback can help.</summary>
public enum BackendFailure
{
    /// <summary>Down, overloaded or a transient error: retried, then a fallback serves (UNAVAILABLE).</summary>
    Unavailable = 0,

    /// <summary>The backend's quota or rate limit was hit: retried after its delay when short enough (RESOURCE_EXHAUSTED).</summary>
    RateLimited = 1,

    /// <summary>
    /// The backend rejected NewsLingo's own credentials: a deployment problem, not the caller's. Not
    /// retried; a fallback serves (UNAVAILABLE: the caller's call succeeds once the operator fixes it).
    /// </summary>
    CredentialsRejected = 2,

    /// <summary>The backend answered with something unusable, after the adapter's own repair if it has one: a fallback serves (UNAVAILABLE).</summary>
    InvalidResponse = 3,

    /// <summary>The backend took longer than its timeout (DEADLINE_EXCEEDED).</summary>
    TimedOut = 4,

    /// <summary>The backend refused this input as such (too long, unsupported content): retrying will not help (INVALID_ARGUMENT).</summary>
    InputRejected = 5,

    /// <summary>
    /// The backend does not allow this operation for NewsLingo's account (Azure Translator 403000):
    /// the operator must change the resource, not the caller its request. Not retried; a fallback serves
    /// (FAILED_PRECONDITION).
    /// </summary>
    OperationNotAllowed = 6,
}
