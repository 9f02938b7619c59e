using NewsLingo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.SemanticKernel.Tests.Emulation;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.SemanticKernel.Tests;

public sealed class LlmRegistrationTests
{
    /// <param name="settings">The configuration.</param>
    /// <param name="selected">True when the deployment enables llm (here as its summarizer): only then are its settings checked at start-up.</param>
    private static ServiceProvider Build(Dictionary<string, string?> settings, bool selected)
    {
        if (selected)
        {
            settings["NewsLingo:Backends:Summarizer"] = "llm";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLlmBackends(configuration);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("OpenAI", "NewsLingo:Llm:ApiKey")]
    [InlineData("OpenAI", "NewsLingo:Llm:ModelId")]
    [InlineData("AzureOpenAI", "NewsLingo:Llm:DeploymentName")]
    [InlineData("AzureOpenAI", "NewsLingo:Llm:Endpoint")]
    [InlineData("OpenAICompatible", "NewsLingo:Llm:BaseUrl")]
    public void Start_up_fails_naming_the_missing_setting_when_the_backend_is_selected(string provider, string setting)
    {
        using var provider_ = Build(new() { ["NewsLingo:Llm:Provider"] = provider }, selected: true);

        var failure = Assert.Throws<OptionsValidationException>(() => provider_.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure.Failures, f => f.Contains(setting, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NewsLingo:Llm:Endpoint", "http://api.example.com/v1", "NewsLingo:Llm:Endpoint")]
    [InlineData("NewsLingo:Llm:Temperature", "3", "NewsLingo:Llm:Temperature")]
    [InlineData("NewsLingo:Llm:Timeout", "00:00:00", "NewsLingo:Llm:Timeout")]
    [InlineData("NewsLingo:Llm:MaxSegmentsPerRequest", "0", "NewsLingo:Llm:MaxSegmentsPerRequest")]
    [InlineData("NewsLingo:Llm:Languages:0", "not a tag!", "NewsLingo:Llm:Languages")]
    public void A_bad_value_is_reported_with_its_setting_name_and_never_the_key(string key, string value, string setting)
    {
        using var provider = Build(
            new() { ["NewsLingo:Llm:ModelId"] = "gpt-4o-mini", ["NewsLingo:Llm:ApiKey"] = "sk-secret-value-1234", [key] = value },
            selected: true);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure.Failures, f => f.Contains(setting, StringComparison.Ordinal));
        Assert.DoesNotContain("sk-secret-value-1234", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unselected_backend_does_not_stop_start_up_but_fails_when_resolved()
    {
        using var provider = Build([], selected: false);

        // Nothing to validate at start-up (the validator may not even be registered), so this must not throw.
        provider.GetService<IStartupValidator>()?.Validate();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<ISummarizer>("llm"));
        Assert.Contains(failure.Failures, f => f.Contains("NewsLingo:Llm:ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_settings_register_the_keyed_summarizer_and_translator()
    {
        using var provider = Build(new() { ["NewsLingo:Llm:ModelId"] = "gpt-4o-mini", ["NewsLingo:Llm:ApiKey"] = "sk-test" }, selected: true);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<LlmSummarizer>(provider.GetRequiredKeyedService<ISummarizer>("llm"));
        Assert.IsType<LlmTranslator>(provider.GetRequiredKeyedService<ITranslator>("llm"));
        Assert.Equal("llm", provider.GetRequiredKeyedService<ITranslator>("llm").Name);
    }

    [Fact]
    public async Task An_OpenAI_compatible_server_is_reached_by_base_url_without_a_key()
    {
        // Ollama and most self-hosted servers take any key; this emulator instance does the same.
        await using var emulator = await ChatCompletionsEmulator.StartAsync();
        emulator.RequireKey = false;
        emulator.Script(ScriptedTranslations.Marked());
        await using var harness = new LlmHarness(emulator, new Dictionary<string, string?>
        {
            ["NewsLingo:Llm:Provider"] = "OpenAICompatible",
            ["NewsLingo:Llm:ModelId"] = "llama3.1:8b",
            ["NewsLingo:Llm:Endpoint"] = null,
            ["NewsLingo:Llm:BaseUrl"] = emulator.BaseUrl.AbsoluteUri,
            ["NewsLingo:Llm:ApiKey"] = null,
        });

        var result = await harness.Translator.TranslateAsync(new(["La cité antique reprise par l'armée."], Samples.French, Samples.English), CancellationToken.None);

        Assert.Equal("[en] La cité antique reprise par l'armée.", result.Segments[0].Text);
        var sent = Assert.Single(emulator.Requests);
        Assert.Equal("llama3.1:8b", sent.Model);
        Assert.Equal("/v1/chat/completions", sent.Path);
    }

    [Fact]
    public async Task Azure_OpenAI_is_called_on_the_deployment_route_with_the_api_key_header()
    {
        await using var emulator = await ChatCompletionsEmulator.StartAsync();
        emulator.Script(ScriptedTranslations.Marked());
        await using var harness = new LlmHarness(emulator, new Dictionary<string, string?>
        {
            ["NewsLingo:Llm:Provider"] = "AzureOpenAI",
            ["NewsLingo:Llm:DeploymentName"] = "newslingo-gpt4o",
            ["NewsLingo:Llm:Endpoint"] = emulator.BaseUrl.GetLeftPart(UriPartial.Authority),
        });

        var result = await harness.Translator.TranslateAsync(new(["La cité antique reprise par l'armée."], Samples.French, Samples.English), CancellationToken.None);

        Assert.Equal("[en] La cité antique reprise par l'armée.", result.Segments[0].Text);
        var sent = Assert.Single(emulator.Requests);
        Assert.StartsWith("/openai/deployments/newslingo-gpt4o/chat/completions?api-version=", sent.Path, StringComparison.Ordinal);
        Assert.Equal(ChatCompletionsEmulator.ValidKey, sent.Authorization);
        Assert.Equal("json_object", sent.ResponseFormat);
        Assert.Equal(321, result.Billed().InputTokens);
    }
}
