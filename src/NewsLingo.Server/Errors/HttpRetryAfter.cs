using Google.Rpc;
using Grpc.Core;

namespace NewsLingo.Server.Errors;

/// <summary>
/// JSON callers get the retry delay the way HTTP says it: a <c>Retry-After</c> header on 429 and
/// 503 answers, the same delay as the status's google.rpc.RetryInfo that gRPC callers read.
/// </summary>
internal static class HttpRetryAfter
{
    public static void Apply(ServerCallContext context, Google.Rpc.Status? status)
    {
        if (status?.GetDetail<RetryInfo>() is not { RetryDelay: { } delay })
        {
            return;
        }

        var http = context.GetHttpContext();
        var isGrpc = http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) ?? false;
        if (isGrpc || http.Response.HasStarted)
        {
            return;
        }

        // Whole seconds, rounded up: Retry-After has no fractions, and earlier than asked is too early.
        var seconds = (long)Math.Ceiling(Math.Max(0, delay.ToTimeSpan().TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
