using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure;
using NewsLingo.Backends.Fakes;
using NewsLingo.Backends.Offline;
using NewsLingo.Backends.Offline.Apertium;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Backends.SemanticKernel;
using NewsLingo.Core;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;
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
        services.AddOptions<BackendSelectionOptions>().BindConfiguration(BackendSelectionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Adding a backend = one line here (its project registers keyed services under its name).
        var selection = builder.Configuration.GetSection(BackendSelectionOptions.SectionName).Get<BackendSelectionOptions>() ?? new BackendSelectionOptions();
        services.AddFakeBackends();
        services.AddAzureTranslator(selected: selection.Uses(AzureBackend.Name));
        services.AddApertiumTranslator(
            selected: selection.Uses(ApertiumTranslator.BackendName),
            warmUp: selection.Uses(ApertiumTranslator.BackendName) || string.Equals(selection.Translator, BackendNames.Auto, StringComparison.OrdinalIgnoreCase));
        services.AddExtractiveSummarizer();
        services.AddLlmBackends(selected: selection.Uses(LlmBackend.Name));
        services.AddLinguaLanguageDetector(selected: selection.Uses(LinguaLanguageDetector.BackendName) || string.Equals(selection.LanguageDetector, BackendNames.Auto, StringComparison.OrdinalIgnoreCase));

        services.AddSingleton<BackendSelector>();
        services.AddSingleton<IValidateOptions<BackendSelectionOptions>>(sp => sp.GetRequiredService<BackendSelector>());
        services.AddSingleton(sp => sp.GetRequiredService<BackendSelector>().Select(sp.GetRequiredService<IOptions<BackendSelectionOptions>>().Value));
        services.AddSingleton<ILanguageDetector>(sp => new ResilientLanguageDetector(
            sp.GetRequiredKeyedService<ILanguageDetector>(sp.GetRequiredService<SelectedBackends>().LanguageDetector),
            sp.GetRequiredService<Core.Translation.Resilience.BackendResiliencePipelines>()));
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
