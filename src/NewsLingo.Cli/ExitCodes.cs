using Grpc.Core;

namespace NewsLingo.Cli;

/// <summary>The documented exit codes: scripts branch on these, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int InvalidArgument = 2;
    public const int Unavailable = 3;
    public const int AuthenticationFailed = 4;
    public const int OtherError = 5;

    public const string HelpText =
        """
        Exit codes:
          0  success
          1  usage error (bad option or argument, unreadable input file)
          2  the server refused the request as invalid (INVALID_ARGUMENT, OUT_OF_RANGE, FAILED_PRECONDITION)
          3  server or backend unavailable, deadline exceeded or rate limited (UNAVAILABLE, DEADLINE_EXCEEDED,
             RESOURCE_EXHAUSTED): retrying later may succeed
          4  authentication failed (UNAUTHENTICATED, PERMISSION_DENIED): check --api-key / NEWSLINGO_API_KEY
          5  any other error (INTERNAL, CANCELLED, UNKNOWN, ...)
        """;

    public static int For(StatusCode code) => code switch
    {
        StatusCode.OK => Ok,
        StatusCode.InvalidArgument or StatusCode.OutOfRange or StatusCode.FailedPrecondition => InvalidArgument,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted => Unavailable,
        StatusCode.Unauthenticated or StatusCode.PermissionDenied => AuthenticationFailed,
        _ => OtherError,
    };
}
