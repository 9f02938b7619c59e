namespace NewsLingo.Core.Errors;

/// <summary>How a backend call failed, which decides the status and whether retrying can help.</summary>
public enum BackendFailure
{
    /// <summary>Down, overloaded or a transient error: retryable (UNAVAILABLE).</summary>
    Unavailable = 0,

    /// <summary>The backend's quota or rate limit was hit: retry after the given delay (RESOURCE_EXHAUSTED).</summary>
    RateLimited = 1,

    /// <summary>The backend rejected NewsLingo's own credentials: a deployment problem, not the caller's (UNAUTHENTICATED).</summary>
    CredentialsRejected = 2,

    /// <summary>The backend answered with something unusable (broken structure, wrong language) even after a retry.</summary>
    InvalidResponse = 3,

    /// <summary>The backend took longer than its configured timeout (DEADLINE_EXCEEDED).</summary>
    TimedOut = 4,

    /// <summary>The backend refused this input as such (too long, unsupported content): retrying will not help (INVALID_ARGUMENT).</summary>
    InputRejected = 5,
}
