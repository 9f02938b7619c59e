using Google.Protobuf.Reflection;

namespace NewsLingo.Server.Configuration;

/// <summary>JSON over HTTP (gRPC JSON transcoding of the google.api.http routes) and graceful shutdown.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddNewsLingoHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // AddGrpc is idempotent: this only adds transcoding to the server's gRPC registration. The
        // registry lets error JSON render the google.rpc details (ErrorInfo, BadRequest, RetryInfo).
        services.AddGrpc().AddJsonTranscoding(options => options.TypeRegistry = TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));

        var shutdown = builder.Configuration.GetSection(ShutdownOptions.SectionName).Get<ShutdownOptions>() ?? new ShutdownOptions();
        if (shutdown.Timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{ShutdownOptions.SectionName}:Timeout = {shutdown.Timeout} must be positive.");
        }

        services.Configure<HostOptions>(options => options.ShutdownTimeout = shutdown.Timeout);
        return builder;
    }
}
