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

    /// <summary>What the failed call cost before it failed (the rejected answers of a model), when it cost anything.</summary>
    public Usage.BackendUsage? Billed { get; init; }

    /// <summary>How long the backend asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may succeed when made again: worth a retry on the same backend.</summary>
    public bool IsTransient => Failure is BackendFailure.Unavailable or BackendFailure.RateLimited or BackendFailure.TimedOut;

    /// <summary>
    /// True when the backend, not the input, is at fault: another backend may serve, and the
    /// backend's circuit counts it. Input the backend refused is the caller's and counts for nothing.
    /// </summary>
    public bool IsBackendFault => Failure is not BackendFailure.InputRejected;

    private static string ReasonFor(BackendFailure failure) => failure switch
    {
        BackendFailure.RateLimited => ErrorReasonCodes.BackendRateLimited,
        BackendFailure.CredentialsRejected => ErrorReasonCodes.BackendCredentialsRejected,
        BackendFailure.InvalidResponse => ErrorReasonCodes.BackendInvalidResponse,
        BackendFailure.TimedOut => ErrorReasonCodes.BackendTimeout,
        BackendFailure.InputRejected => ErrorReasonCodes.BackendRejectedInput,
        BackendFailure.OperationNotAllowed => ErrorReasonCodes.BackendOperationNotAllowed,
        _ => ErrorReasonCodes.BackendUnavailable,
    };
}
