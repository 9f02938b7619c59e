using System.Threading.RateLimiting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace NewsLingo.Server.Security;

/// <summary>
/// Guards the newslingo.v1 services: checks the API key (x-api-key or Authorization: Bearer),
/// then takes a lease from the key's rate limiter and concurrency limiter and holds it for the
/// whole call, streams included. A gRPC interceptor rather than ASP.NET middleware because the
/// refusals must be gRPC statuses with details, and JSON transcoding then renders them as JSON too.
/// </summary>
public sealed partial class ApiKeyInterceptor(
    IOptions<AuthOptions> options,
    ApiKeyValidator validator,
    ApiKeyRateLimiter limiter,
    ILogger<ApiKeyInterceptor> logger) : Interceptor
{
    /// <summary>Health and reflection stay open: probes and tools carry no key.</summary>
    private const string GuardedPrefix = "/newslingo.";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        return await continuation(request, context).ConfigureAwait(false);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        await continuation(request, responseStream, context).ConfigureAwait(false);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        await continuation(requestStream, responseStream, context).ConfigureAwait(false);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = Admit(context);
        return await continuation(requestStream, context).ConfigureAwait(false);
    }

    private RateLimitLease? Admit(ServerCallContext context)
    {
        if (!options.Value.Enabled || !context.Method.StartsWith(GuardedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var presented = PresentedKey(context.RequestHeaders);
        var name = validator.Identify(presented);
        if (name is null)
        {
            LogRejected(logger, context.Method, presented is null ? "missing" : "unknown");
            throw AccessStatus.Unauthenticated(presented is not null).ToRpcException();
        }

        var lease = limiter.Acquire(name);
        if (!lease.IsAcquired)
        {
            var limit = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? "calls" : "concurrent calls";
            lease.Dispose();
            LogLimited(logger, name, context.Method, limit);
            throw AccessStatus.Exhausted(name, limit, retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1)).ToRpcException();
        }

        context.UserState["newslingo.key"] = name;
        return lease;
    }

    private static string? PresentedKey(Metadata headers)
    {
        var key = headers.GetValue("x-api-key");
        if (!string.IsNullOrWhiteSpace(key))
        {
            return key.Trim();
        }

        var authorization = headers.GetValue("authorization");
        const string Bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[Bearer.Length..].Trim()
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} refused: API key {KeyState}")]
    private static partial void LogRejected(ILogger logger, string method, string keyState);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} refused for key {Key}: too many {Limit}")]
    private static partial void LogLimited(ILogger logger, string key, string method, string limit);
}
