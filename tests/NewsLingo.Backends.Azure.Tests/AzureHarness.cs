using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Tests.Emulation;

namespace NewsLingo.Backends.Azure.Tests;

/// <summary>The real translator and detector, wired as the registration wires them, talking to the emulator.</summary>
internal sealed class AzureHarness
{
    public AzureHarness(TranslatorEmulator emulator, Action<AzureTranslatorOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        Options = new AzureTranslatorOptions
        {
            Endpoint = emulator.Endpoint.AbsoluteUri,
            Key = TranslatorEmulator.ValidKey,
            Region = TranslatorEmulator.ValidRegion,
            MaxRetries = 3,
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Client = TextTranslationClientFactory.Create(Options, Delays);
        Catalog = new AzureLanguageCatalog(Client, options, timeProvider ?? TimeProvider.System, NullLogger<AzureLanguageCatalog>.Instance);
        Translator = new AzureTranslator(Client, Catalog, options, NullLogger<AzureTranslator>.Instance);
        Detector = new AzureLanguageDetector(Client, Catalog, options);
    }

    public AzureTranslatorOptions Options { get; }

    public RecordingDelayStrategy Delays { get; } = new();

    public Client.TextTranslationClient Client { get; }

    public AzureLanguageCatalog Catalog { get; }

    public AzureTranslator Translator { get; }

    public AzureLanguageDetector Detector { get; }
}
