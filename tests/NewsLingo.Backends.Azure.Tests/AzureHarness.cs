using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Translation.Resilience;
using NewsLingo.Core.Backends.Resilience;

namespace NewsLingo.Backends.Azure.Tests;

/// <summary>
/// The real translator and detector, wired as the registration wires them, talking to the emulator;
/// and the translator behind NewsLingo's resilience pipeline (<see cref="Resilient"/>), as the server
/// composes it, since retries and timeouts are the pipeline's, not the adapter's.
/// </summary>
internal sealed class AzureHarness : IDisposable
{
    private readonly ServiceProvider _metricsServices;

    public AzureHarness(TranslatorEmulator emulator, Action<AzureTranslatorOptions>? configure = null, TimeProvider? timeProvider = null, Action<BackendResilienceOptions>? resilience = null)
    {
        Options = new AzureTranslatorOptions
        {
            Endpoint = emulator.Endpoint.AbsoluteUri,
            Key = TranslatorEmulator.ValidKey,
            Region = TranslatorEmulator.ValidRegion,
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Client = TextTranslationClientFactory.Create(Options);
        Catalog = new AzureLanguageCatalog(Client, options, timeProvider ?? TimeProvider.System, NullLogger<AzureLanguageCatalog>.Instance);
        Translator = new AzureTranslator(Client, Catalog, options, NullLogger<AzureTranslator>.Instance);
        Detector = new AzureLanguageDetector(Client, Catalog, options);

        ResilienceOptions = new BackendResilienceOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        resilience?.Invoke(ResilienceOptions);
        _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = _metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        RetryDelays = new MetricCollector<double>(meterFactory, NewsLingoMetrics.MeterName, "newslingo.backend.retry_delay");
        var pipelines = new BackendResiliencePipelines(Microsoft.Extensions.Options.Options.Create(ResilienceOptions), new NewsLingoMetrics(meterFactory), NullLogger<BackendResiliencePipelines>.Instance);
        Resilient = new ResilientTranslator(Translator, pipelines, Options.Timeout);
    }

    public AzureTranslatorOptions Options { get; }

    public BackendResilienceOptions ResilienceOptions { get; }

    /// <summary>Each retry delay the pipeline chose, in seconds, server Retry-After included.</summary>
    public MetricCollector<double> RetryDelays { get; }

    public Client.TextTranslationClient Client { get; }

    public AzureLanguageCatalog Catalog { get; }

    public AzureTranslator Translator { get; }

    public ITranslator Resilient { get; }

    public AzureLanguageDetector Detector { get; }

    public void Dispose()
    {
        RetryDelays.Dispose();
        _metricsServices.Dispose();
    }
}
