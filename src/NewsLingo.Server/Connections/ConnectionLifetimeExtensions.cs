using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace NewsLingo.Server.Connections;

/// <summary>HTTP/2 keep-alive pings and a maximum connection age on every Kestrel endpoint, from <see cref="ConnectionLifetimeOptions"/>.</summary>
public static class ConnectionLifetimeExtensions
{
    public static WebApplicationBuilder AddNewsLingoConnectionLifetime(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectionLifetimeOptions>().BindConfiguration(ConnectionLifetimeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Reading the options here, when Kestrel's own options are built at start-up, also validates them:
        // a bad value stops the server before it listens.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ConnectionLifetimeOptions>>((kestrel, configured) =>
        {
            var lifetime = configured.Value;
            if (lifetime.KeepAlivePingDelay is { } delay)
            {
                kestrel.Limits.Http2.KeepAlivePingDelay = delay;
                kestrel.Limits.Http2.KeepAlivePingTimeout = lifetime.KeepAlivePingTimeout;
            }

            if (lifetime.MaxAge is { } maxAge)
            {
                var middleware = new ConnectionMaxAge(maxAge, lifetime.MaxAgeGrace);

                // Endpoint defaults apply to the endpoints read from Kestrel:Endpoints too.
                kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection => middleware.OnConnectionAsync(connection, next)));
            }
        });
        return builder;
    }
}
