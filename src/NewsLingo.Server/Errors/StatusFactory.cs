using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Tmx;

namespace NewsLingo.Server.Errors;

/// <summary>
/// Turns domain failures into google.rpc.Status: one ErrorInfo (domain "newslingo", UPPER_SNAKE
/// reason, metadata), at most one BadRequest listing every field violation, and RetryInfo where a
/// retry has a known delay (AIP-193, AIP-194).
/// </summary>
public static class StatusFactory
{
    public const string ErrorDomain = "newslingo";

    /// <summary>Used when a backend failed transiently and said nothing about when to come back.</summary>
    private static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    public static Google.Rpc.Status FromException(NewsLingoException exception)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)CodeFor(exception),
            Message = exception.Message,
        };

        var info = new ErrorInfo { Reason = exception.Reason, Domain = ErrorDomain };
        foreach (var (key, value) in exception.Details)
        {
            info.Metadata[key] = value;
        }

        status.Details.Add(Any.Pack(info));

        var violations = exception switch
        {
            RequestValidationException validation => validation.Violations,
            UnsupportedDirectionException direction => [new FieldViolation(direction.Field, direction.Reason, direction.Message)],
            InvalidTmxException tmx => [new FieldViolation(tmx.Field, tmx.Reason, tmx.Message)],
            _ => [],
        };
        if (violations.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation
            {
                Field = v.Field,
                Description = v.Description,
                Reason = v.Reason,
            }));
            status.Details.Add(Any.Pack(badRequest));
        }

        if (exception is BackendException { Failure: BackendFailure.RateLimited or BackendFailure.Unavailable } backend)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(backend.RetryAfter ?? DefaultRetryDelay) }));
        }
        else if (exception is MemoryUnavailableException memory)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(memory.RetryAfter) }));
        }

        return status;
    }

    /// <summary>A status for a fault nobody anticipated: no internals leak, the trace id lets support find the log.</summary>
    public static Google.Rpc.Status Internal(string traceId) => new()
    {
        Code = (int)StatusCode.Internal,
        Message = $"Internal error; report trace id {traceId}.",
        Details = { Any.Pack(new ErrorInfo { Reason = ErrorReasonCodes.Internal, Domain = ErrorDomain, Metadata = { ["trace_id"] = traceId } }) },
    };

    /// <summary>The caller's deadline passed (reason BACKEND_TIMEOUT: the work it waited for did not finish in time) or it cancelled.</summary>
    public static Google.Rpc.Status Cancelled(bool deadlineExceeded) => new()
    {
        Code = (int)(deadlineExceeded ? StatusCode.DeadlineExceeded : StatusCode.Cancelled),
        Message = deadlineExceeded ? "The call's deadline passed before the work was done; retry with a longer deadline." : "The call was cancelled by the client.",
        Details =
        {
            Any.Pack(new ErrorInfo { Reason = deadlineExceeded ? ErrorReasonCodes.BackendTimeout : ErrorReasonCodes.Cancelled, Domain = ErrorDomain }),
        },
    };

    public static StatusCode CodeFor(NewsLingoException exception) => exception switch
    {
        RequestValidationException => StatusCode.InvalidArgument,
        UnsupportedDirectionException => StatusCode.InvalidArgument,
        BackendException backend => backend.Failure switch
        {
            BackendFailure.Unavailable => StatusCode.Unavailable,
            BackendFailure.RateLimited => StatusCode.ResourceExhausted,
            // The caller's credentials are fine: UNAUTHENTICATED would blame them. The call succeeds
            // once the operator fixes the server's configuration, so it is retryable like any outage.
            BackendFailure.CredentialsRejected => StatusCode.Unavailable,
            BackendFailure.OperationNotAllowed => StatusCode.FailedPrecondition,
            BackendFailure.InvalidResponse => StatusCode.Unavailable,
            BackendFailure.TimedOut => StatusCode.DeadlineExceeded,
            BackendFailure.InputRejected => StatusCode.InvalidArgument,
            _ => StatusCode.Internal,
        },
        InvalidTmxException => StatusCode.InvalidArgument,
        TmxTooLargeForResponseException => StatusCode.ResourceExhausted,
        MemoryUnavailableException => StatusCode.Unavailable,
        MemoryDisabledException => StatusCode.FailedPrecondition,
        MemoryEntryNotFoundException => StatusCode.NotFound,
        _ => StatusCode.Internal,
    };
}
