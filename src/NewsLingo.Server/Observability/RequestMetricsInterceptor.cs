using Grpc.Core;
using Grpc.Core.Interceptors;
using NewsLingo.Core.Diagnostics;

namespace NewsLingo.Server.Observability;

/// <summary>Counts every RPC by method and final status code (outermost interceptor, so refusals count too).</summary>
public sealed class RequestMetricsInterceptor(NewsLingoMetrics metrics) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var status = StatusCode.Unknown;
        try
        {
            var response = await continuation(request, context).ConfigureAwait(false);
            status = StatusCode.OK;
            return response;
        }
        catch (RpcException exception)
        {
            status = exception.StatusCode;
            throw;
        }
        finally
        {
            metrics.RecordRequest(context.Method, status.ToString());
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var status = StatusCode.Unknown;
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
            status = StatusCode.OK;
        }
        catch (RpcException exception)
        {
            status = exception.StatusCode;
            throw;
        }
        finally
        {
            metrics.RecordRequest(context.Method, status.ToString());
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var status = StatusCode.Unknown;
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
            status = StatusCode.OK;
        }
        catch (RpcException exception)
        {
            status = exception.StatusCode;
            throw;
        }
        finally
        {
            metrics.RecordRequest(context.Method, status.ToString());
        }
    }
}
