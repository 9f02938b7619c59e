using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.SemanticKernel.Tests;

/// <summary>
/// The backends wired by <see cref="ServiceCollectionExtensions.AddLlmBackends"/> from configuration, the real
/// SK OpenAI connector pointed at the emulator; retry waits are recorded instead of slept.
/// </summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    public const string ModelId = "gpt-4o-mini";

    private readonly ServiceProvider _provider;

    public LlmHarness(ChatCompletionsEmulator emulator, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
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
        configureServices?.Invoke(services);
        services.AddLlmBackends(selected: true);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Chat = _provider.GetRequiredService<LlmChat>();
        Chat.Delay = (delay, _) =>
        {
            lock (Delays)
            {
                Delays.Add(delay);
            }

            return Task.CompletedTask;
        };
    }

    public List<TimeSpan> Delays { get; } = [];

    public LlmChat Chat { get; }

    public ISummarizer Summarizer => _provider.GetRequiredKeyedService<ISummarizer>("llm");

    public ITranslator Translator => _provider.GetRequiredKeyedService<ITranslator>("llm");

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
