using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using NewsLingo.Core.Errors;

namespace NewsLingo.Server.Errors;

/// <summary>The one place domain exceptions become gRPC statuses, so services hold no try/catch.</summary>
public sealed partial class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception, context);
        }
    }

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        var status = ToStatus(exception, context.CancellationToken.IsCancellationRequested, context.Deadline, logger);
        if (exception is NewsLingoException known)
        {
            LogRefused(logger, context.Method, (StatusCode)status.Code, known.Reason);
        }

        return status.ToRpcException();
    }

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
