using Grpc.Core;
using Grpc.Core.Interceptors;

namespace NewsLingo.Cli.Tests;

/// <summary>A server interceptor that counts the unary calls one server instance answered.</summary>
public sealed class CallCounter : Interceptor
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Interlocked.Increment(ref _calls);
        return continuation(request, context);
    }
}
