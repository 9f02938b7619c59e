using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace NewsLingo.Server.Decoding;

/// <summary>
/// Binds a generated gRPC service's methods as grpc-dotnet's own binder does (the service's
/// overriding method as invoker, its attributes as endpoint metadata), except that each method
/// reads its requests through <see cref="TolerantRequestMarshaller"/>.
/// </summary>
internal sealed class TolerantServiceBinder<TService>(ServiceMethodProviderContext<TService> context, Type declaringType) : ServiceBinderBase
    where TService : class
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name, typeof(TRequest), typeof(ServerCallContext));
        context.AddUnaryMethod(Tolerant(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        context.AddServerStreamingMethod(Tolerant(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
        context.AddClientStreamingMethod(Tolerant(method), metadata, invoker);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var (invoker, metadata) = Model<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        context.AddDuplexStreamingMethod(Tolerant(method), metadata, invoker);
    }

    private static Method<TRequest, TResponse> Tolerant<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class =>
        new(method.Type, method.ServiceName, method.Name, TolerantRequestMarshaller.Wrap(method.RequestMarshaller), method.ResponseMarshaller);

    private (TDelegate Invoker, List<object> Metadata) Model<TDelegate>(string name, params Type[] parameters)
        where TDelegate : Delegate
    {
        var implementation = FindOverride(name, parameters)
            ?? throw new InvalidOperationException($"Could not find '{name}' on {typeof(TService)}.");
        var metadata = new List<object>();

        // Type attributes first, method attributes last: later metadata wins in endpoint routing.
        metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
        metadata.AddRange(implementation.GetCustomAttributes(inherit: true));
        metadata.Add(new Microsoft.AspNetCore.Routing.HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
        return ((TDelegate)Delegate.CreateDelegate(typeof(TDelegate), implementation), metadata);
    }

    /// <summary>The public instance method overriding the generated base's virtual one (a hiding method with the same name is not it).</summary>
    private MethodInfo? FindOverride(string name, Type[] parameters)
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            var candidate = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, binder: null, parameters, modifiers: null);
            if (candidate is null)
            {
                return null;
            }

            if (candidate.IsVirtual && candidate.GetBaseDefinition().DeclaringType == declaringType)
            {
                return candidate;
            }
        }

        return null;
    }
}
