using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;

namespace NewsLingo.Server.Errors;

/// <summary>
/// Gives every call its final gRPC status: the one place domain exceptions become statuses (so
/// services hold no try/catch), and where each call is timed by method and status. Outermost, so
/// refusals by the API-key interceptor are counted too. One interceptor rather than two: each adds
/// an async frame and a service look-up to every call, which showed in the load test.
/// </summary>
public sealed partial class CallStatusInterceptor(NewsLingoMetrics metrics, ILogger<CallStatusInterceptor> logger) : Interceptor
{
    // Enum.ToString on every call is a measurable cost. gRPC's codes run from 0 without gaps, so a
    // code is its name's index.
    private static readonly string[] StatusNames = [.. Enum.GetValues<StatusCode>().Order().Select(code => code.ToString())];

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        Task<TResponse> call;
        try
        {
            call = continuation(request, context);
        }
        catch (Exception exception)
        {
            return Task.FromException<TResponse>(Fail(exception, context, started));
        }

        if (call.IsCompletedSuccessfully)
        {
            // Most calls complete synchronously (cache hits, fakes): no async frame for them.
            Record(context, StatusCode.OK, started);
            return call;
        }

        return AwaitUnaryAsync(call, context, started);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        RunStreamAsync(() => continuation(request, responseStream, context), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        RunStreamAsync(() => continuation(requestStream, responseStream, context), context);

    /// <summary>Shared with the bulk stream, whose per-item errors are statuses too.</summary>
    public static Google.Rpc.Status ToStatus(Exception exception, bool callCancelled, DateTime deadline, ILogger logger)
    {
        switch (exception)
        {
            case NewsLingoException known:
                return StatusFactory.FromException(known);
            case OperationCanceledException when callCancelled || HasPassed(deadline):
                return StatusFactory.Cancelled(deadlineExceeded: HasPassed(deadline));
            default:
                var traceId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
                LogInternal(logger, exception, traceId);
                return StatusFactory.Internal(traceId);
        }
    }

    private async Task<TResponse> AwaitUnaryAsync<TResponse>(Task<TResponse> call, ServerCallContext context, long started)
    {
        try
        {
            var response = await call.ConfigureAwait(false);
            Record(context, StatusCode.OK, started);
            return response;
        }
        catch (Exception exception)
        {
            throw Fail(exception, context, started);
        }
    }

    private async Task RunStreamAsync(Func<Task> stream, ServerCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await stream().ConfigureAwait(false);
            Record(context, StatusCode.OK, started);
        }
        catch (Exception exception)
        {
            throw Fail(exception, context, started);
        }
    }

    /// <summary>The status <paramref name="exception"/> ends the call with, counted and, for a refusal, logged.</summary>
    private RpcException Fail(Exception exception, ServerCallContext context, long started)
    {
        if (exception is RpcException rpc)
        {
            Record(context, rpc.StatusCode, started);
            HttpRetryAfter.Apply(context, rpc.GetRpcStatus());
            return rpc;
        }

        var status = ToStatus(exception, context.CancellationToken.IsCancellationRequested, context.Deadline, logger);
        if (exception is NewsLingoException known)
        {
            LogRefused(logger, context.Method, (StatusCode)status.Code, known.Reason);
        }

        Record(context, (StatusCode)status.Code, started);
        HttpRetryAfter.Apply(context, status);
        return status.ToRpcException();
    }

    private void Record(ServerCallContext context, StatusCode status, long started)
    {
        var code = (int)status;
        var name = code >= 0 && code < StatusNames.Length ? StatusNames[code] : status.ToString();
        metrics.RecordRequest(context.Method, name, Stopwatch.GetElapsedTime(started));
    }

    // The server's deadline timer may fire a few milliseconds before the wall clock reaches the deadline it
    // parsed from grpc-timeout; without the tolerance a deadline reads as a plain cancellation.
    private static bool HasPassed(DateTime deadline) =>
        deadline != DateTime.MaxValue && deadline <= DateTime.UtcNow + DeadlineTimerTolerance;

    private static readonly TimeSpan DeadlineTimerTolerance = TimeSpan.FromMilliseconds(50);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} answered {Status} ({Reason})")]
    private static partial void LogRefused(ILogger logger, string method, StatusCode status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Internal error, trace id {TraceId}")]
    private static partial void LogInternal(ILogger logger, Exception exception, string traceId);
}
