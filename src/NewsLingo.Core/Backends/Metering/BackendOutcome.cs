using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Backends.Metering;

/// <summary>A low-cardinality outcome tag for a failed backend call.</summary>
internal static class BackendOutcome
{
    public static string Of(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => "cancelled",
        OperationCanceledException => "timeout",
        NewsLingoException known => known.Reason,
        _ => "error",
    };
}
