using Google.Rpc;
using Grpc.Core;

namespace NewsLingo.Cli;

/// <summary>Prints a failed call the way a user can act on it: status code, message, reason, and every field violation.</summary>
public static class ErrorReporter
{
    public static int Report(RpcException exception, TextWriter error)
    {
        var detail = string.IsNullOrEmpty(exception.Status.Detail) ? DefaultDetail(exception.StatusCode) : exception.Status.Detail;
        error.WriteLine($"error: {exception.StatusCode}: {detail}");
        var status = exception.GetRpcStatus();
        if (status is not null)
        {
            WriteDetails(status, error);
        }

        return ExitCodes.For(exception.StatusCode);
    }

    // The client raises some statuses itself, without a message from the server.
    private static string DefaultDetail(StatusCode code) => code switch
    {
        StatusCode.DeadlineExceeded => "the call did not finish within --timeout; retry with a longer --timeout.",
        StatusCode.Unavailable => "the server could not be reached; check --server / NEWSLINGO_SERVER.",
        _ => "(no message)",
    };

    /// <summary>Also used for per-text errors a Translate response carries.</summary>
    public static void WriteDetails(Google.Rpc.Status status, TextWriter error)
    {
        if (status.GetDetail<ErrorInfo>() is { } info)
        {
            var metadata = info.Metadata.Count == 0
                ? string.Empty
                : " (" + string.Join(", ", info.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={m.Value}")) + ")";
            error.WriteLine($"  reason: {info.Reason}{metadata}");
        }

        if (status.GetDetail<BadRequest>() is { } badRequest)
        {
            foreach (var violation in badRequest.FieldViolations)
            {
                var reason = string.IsNullOrEmpty(violation.Reason) ? string.Empty : $" [{violation.Reason}]";
                error.WriteLine($"  field {violation.Field}: {violation.Description}{reason}");
            }
        }

        if (status.GetDetail<RetryInfo>() is { RetryDelay: { } delay })
        {
            error.WriteLine($"  retry after: {delay.ToTimeSpan().TotalSeconds:0.###}s");
        }
    }
}
