using Grpc.AspNetCore.Server;

namespace NewsLingo.Server.Security;

/// <summary>Registers API-key authentication and per-key limits for the gRPC (and JSON) API.</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddNewsLingoSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<ApiKeyRateLimiter>();

        // Registered before the server's own AddGrpc, so this interceptor runs outside the error interceptor.
        services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<ApiKeyInterceptor>());
        return builder;
    }
}
