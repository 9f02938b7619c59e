namespace NewsLingo.Core.Errors;

/// <summary>A backend call failed in a way the pipeline can classify and report.</summary>
public sealed class BackendException : NewsLingoException
{
    public BackendException(string backend, BackendFailure failure, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(ReasonFor(failure), $"Backend '{backend}': {message}", innerException)
    {
        Backend = backend;
        Failure = failure;
        RetryAfter = retryAfter;
        Details["backend"] = backend;
    }

    public string Backend { get; }

    public BackendFailure Failure { get; }

    /// <summary>How long the backend asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may succeed later, so a fallback or retry is worth trying.</summary>
    public bool IsTransient => Failure is BackendFailure.Unavailable or BackendFailure.RateLimited or BackendFailure.TimedOut or BackendFailure.InvalidResponse;

    private static string ReasonFor(BackendFailure failure) => failure switch
    {
        BackendFailure.Unavailable => "BACKEND_UNAVAILABLE",
        BackendFailure.RateLimited => "BACKEND_RATE_LIMITED",
        BackendFailure.CredentialsRejected => "BACKEND_CREDENTIALS_REJECTED",
        BackendFailure.InvalidResponse => "BACKEND_INVALID_RESPONSE",
        BackendFailure.TimedOut => "BACKEND_TIMEOUT",
        BackendFailure.InputRejected => "BACKEND_REJECTED_INPUT",
        _ => "BACKEND_FAILED",
    };
}
