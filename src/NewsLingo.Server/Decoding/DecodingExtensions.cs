using Grpc.AspNetCore.Server.Model;

namespace NewsLingo.Server.Decoding;

/// <summary>Registers <see cref="TolerantServiceMethodProvider{TService}"/> in place of grpc-dotnet's binder provider.</summary>
public static class DecodingExtensions
{
    /// <summary>Call after <c>AddGrpc</c>. Fails at start-up rather than serve without it, should grpc-dotnet change how it binds.</summary>
    public static IServiceCollection AddTolerantRequestDecoding(this IServiceCollection services)
    {
        var binder = services.SingleOrDefault(d =>
            d.ServiceType == typeof(IServiceMethodProvider<>) &&
            d.ImplementationType is { IsGenericTypeDefinition: true, Name: "BinderServiceMethodProvider`1" })
            ?? throw new InvalidOperationException("grpc-dotnet's BinderServiceMethodProvider is not registered: call AddGrpc first, or check what this grpc-dotnet version registers.");
        services.Remove(binder);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(TolerantServiceMethodProvider<>));
        return services;
    }
}
