using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;

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

        // A singleton: otherwise grpc-dotnet activates an interceptor per call. Added only when auth is
        // on (decided from the final options, so configuration added by hosts and tests counts): a
        // pass-through interceptor still costs an async frame per call. Configured before the
        // server's own AddGrpc, so this interceptor runs outside the error interceptor.
        services.AddSingleton<ApiKeyInterceptor>();
        services.AddOptions<GrpcServiceOptions>().Configure<IOptions<AuthOptions>>((grpc, auth) =>
        {
            if (auth.Value.Enabled)
            {
                grpc.Interceptors.Add<ApiKeyInterceptor>();
            }
        });
        return builder;
    }
}
