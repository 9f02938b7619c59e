using NewsLingo.Backends.Azure;
using NewsLingo.Backends.Fakes;
using NewsLingo.Backends.Offline;
using NewsLingo.Backends.SemanticKernel;
using NewsLingo.Core;
using NewsLingo.Server.Caching;
using NewsLingo.Server.Connections;
using NewsLingo.Server.Decoding;
using NewsLingo.Server.Errors;
using NewsLingo.Server.Health;
using NewsLingo.Server.Memory;
using NewsLingo.Server.Mapping;
using NewsLingo.Server.Observability;
using NewsLingo.Server.Resilience;
using NewsLingo.Server.Security;
using NewsLingo.Server.Services;

namespace NewsLingo.Server.Configuration;

/// <summary>Composes the server: options, backends, the pipeline, gRPC with reflection and health.</summary>
public static class NewsLingoServerExtensions
{
    public static WebApplicationBuilder AddNewsLingo(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GrpcTransportOptions>().BindConfiguration(GrpcTransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Adding a backend = one line here: its project registers its adapters and descriptor, and
        // NewsLingo:Backends enables it. Nothing else here knows any backend.
        var configuration = builder.Configuration;
        services.AddFakeBackends(configuration);
        services.AddApertiumTranslator(configuration);
        services.AddExtractiveSummarizer(configuration);
        services.AddLinguaLanguageDetector(configuration);
        services.AddAzureTranslator(configuration);
        services.AddLlmBackends(configuration);

        services.AddHostedService<StartupReport>();
        builder.AddNewsLingoObservability();
        builder.AddNewsLingoSecurity();
        builder.AddNewsLingoCaching();
        builder.AddNewsLingoBackendComposition();
        builder.AddNewsLingoHosting();
        builder.AddNewsLingoConnectionLifetime();
        builder.AddNewsLingoMemory();

        services.AddNewsLingoCore();
        services.AddSingleton<RequestReader>();
        services.AddSingleton<ArticleFeedProcessor>();

        var transport = builder.Configuration.GetSection(GrpcTransportOptions.SectionName).Get<GrpcTransportOptions>() ?? new GrpcTransportOptions();
        var limits = builder.Configuration.GetSection(RequestLimitsOptions.SectionName).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        var receiveBytes = transport.EffectiveReceiveBytes(limits.MaxHtmlBytes);

        // One receive limit for both transports: JSON transcoding reads the body through Kestrel, whose own default (30 MB) would otherwise decide.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = receiveBytes);
        services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = receiveBytes;
            options.MaxSendMessageSize = transport.MaxSendMessageBytes;
            options.EnableDetailedErrors = transport.EnableDetailedErrors;
        });
        services.AddTolerantRequestDecoding();
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<BackendHealthCheck>("backends");
        return builder;
    }

    public static WebApplication MapNewsLingo(this WebApplication app)
    {
        app.UseMiddleware<JsonTextValidationMiddleware>();
        app.MapGrpcService<TranslationGrpcService>();
        app.MapGrpcService<SummarizationGrpcService>();
        app.MapGrpcService<ArticleGrpcService>();
        app.MapGrpcService<Memory.MemoryGrpcService>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapHealthChecks("/healthz");
        app.MapNewsLingoMetrics();
        return app;
    }
}
