using Grpc.AspNetCore.Server;
using NewsLingo.Core.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NewsLingo.Server.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core plus the "NewsLingo" meter and activity source,
/// scraped by Prometheus at /metrics, and pushed over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddNewsLingoObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMetrics();
        services.AddSingleton<NewsLingoMetrics>();

        // Registered before the server's own AddGrpc, so it is the outermost interceptor and counts refusals too.
        services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<RequestMetricsInterceptor>());

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("newslingo"))
            .WithMetrics(metrics => metrics
                .AddMeter(NewsLingoMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(NewsLingoMetrics.MeterName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/healthz")));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint. Kestrel's gRPC endpoint speaks HTTP/2 only, so scrapers reach it on the HTTP/1.1 port.</summary>
    public static WebApplication MapNewsLingoMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
