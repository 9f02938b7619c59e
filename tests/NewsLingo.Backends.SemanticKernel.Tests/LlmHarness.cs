using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Core.Backends;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Summarization.Resilience;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Backends.SemanticKernel.Tests;

/// <summary>
/// The backends wired by <see cref="ServiceCollectionExtensions.AddLlmBackends"/> from configuration, the real
/// SK OpenAI connector pointed at the emulator; and the same backends behind NewsLingo's resilience
/// pipeline (<see cref="ResilientTranslator"/>), the one owner of retries and timeouts, as the server composes them.
/// </summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    public const string ModelId = "gpt-4o-mini";

    private readonly ServiceProvider _provider;

    public LlmHarness(ChatCompletionsEmulator emulator, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null, Action<BackendResilienceOptions>? resilience = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsLingo:Llm:Provider"] = "OpenAI",
            ["NewsLingo:Llm:ModelId"] = ModelId,
            ["NewsLingo:Llm:Endpoint"] = emulator.BaseUrl.AbsoluteUri,
            ["NewsLingo:Llm:ApiKey"] = ChatCompletionsEmulator.ValidKey,
            ["NewsLingo:Llm:Timeout"] = "00:00:30",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMetrics();
        configureServices?.Invoke(services);
        services.AddLlmBackends(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var options = new BackendResilienceOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        resilience?.Invoke(options);
        var meterFactory = _provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        RetryDelays = new MetricCollector<double>(meterFactory, NewsLingoMetrics.MeterName, "newslingo.backend.retry_delay");
        var pipelines = new BackendResiliencePipelines(Microsoft.Extensions.Options.Options.Create(options), new NewsLingoMetrics(meterFactory), NullLogger<BackendResiliencePipelines>.Instance);
        DeclaredTimeout = _provider.GetServices<BackendDescriptor>().Single(d => d.Name == "llm").DefaultTimeout?.Invoke(_provider);
        ResilientTranslator = new ResilientTranslator(Translator, pipelines, DeclaredTimeout);
        ResilientSummarizer = new ResilientSummarizer(Summarizer, pipelines, DeclaredTimeout);
    }

    /// <summary>Each retry delay the pipeline chose, in seconds, the server's Retry-After included.</summary>
    public MetricCollector<double> RetryDelays { get; }

    /// <summary>The timeout the llm backend's descriptor declares (NewsLingo:Llm:Timeout).</summary>
    public TimeSpan? DeclaredTimeout { get; }

    public LlmChat Chat => _provider.GetRequiredService<LlmChat>();

    public ISummarizer Summarizer => _provider.GetRequiredKeyedService<ISummarizer>("llm");

    public ITranslator Translator => _provider.GetRequiredKeyedService<ITranslator>("llm");

    public ITranslator ResilientTranslator { get; }

    public ISummarizer ResilientSummarizer { get; }

    public async ValueTask DisposeAsync()
    {
        RetryDelays.Dispose();
        await _provider.DisposeAsync();
    }
}
