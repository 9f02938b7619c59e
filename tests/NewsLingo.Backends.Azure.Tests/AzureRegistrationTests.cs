using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Azure.Tests.Emulation;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Backends.Azure.Tests;

public sealed class AzureRegistrationTests
{
    private const string Section = AzureTranslatorOptions.SectionName;

    [Fact]
    public async Task Registered_backends_resolve_by_name_and_translate_through_configuration()
    {
        await using var emulator = await TranslatorEmulator.StartAsync();
        using var host = BuildHost(selected: true, new()
        {
            [$"{Section}:Endpoint"] = emulator.Endpoint.AbsoluteUri,
            [$"{Section}:Key"] = TranslatorEmulator.ValidKey,
            [$"{Section}:Region"] = TranslatorEmulator.ValidRegion,
            [$"{Section}:MaxConcurrentRequests"] = "2",
        });
        await host.StartAsync();

        var translator = host.Services.GetRequiredKeyedService<ITranslator>("azure");
        var detector = host.Services.GetRequiredKeyedService<ILanguageDetector>("azure");
        var result = await translator.TranslateAsync(new TranslationBatch(["Bonjour."], LanguageTag.Parse("fr"), LanguageTag.Parse("de")), CancellationToken.None);
        var detection = await detector.DetectAsync("Le maire est dans la salle.", CancellationToken.None);

        Assert.Equal("azure", translator.Name);
        Assert.Equal(new BackendLimits(50_000, 1_000, 2), translator.Limits);
        Assert.Equal("[de] Bonjour.", Assert.Single(result.Segments).Text);
        Assert.Equal(LanguageTag.Parse("fr"), detection.Language);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_up_fails_naming_the_key_setting_when_azure_is_selected_without_a_key()
    {
        using var host = BuildHost(selected: true, new() { [$"{Section}:Region"] = "westeurope" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("NewsLingo:Azure:Translator:Key is required", ex.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://api.cognitive.microsofttranslator.com")]
    [InlineData("https://api.cognitive.microsofttranslator.com/?api-version=3.0")]
    public async Task Start_up_fails_naming_the_endpoint_setting_when_it_is_malformed(string endpoint)
    {
        const string key = "configured-key-4e2d19aa";
        using var host = BuildHost(selected: true, new() { [$"{Section}:Endpoint"] = endpoint, [$"{Section}:Key"] = key });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("NewsLingo:Azure:Translator:Endpoint", ex.Message);
        Assert.DoesNotContain(key, ex.Message);
    }

    [Fact]
    public async Task Start_up_succeeds_without_azure_settings_when_azure_is_not_selected()
    {
        using var host = BuildHost(selected: false, []);

        await host.StartAsync();

        // Resolving it anyway fails with the same message the start-up check would have given.
        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredKeyedService<ITranslator>("azure"));
        Assert.Contains("NewsLingo:Azure:Translator:Key is required", ex.Message);
        await host.StopAsync();
    }

    [Fact]
    public void Defaults_target_the_global_endpoint_and_declare_a_timeout()
    {
        var options = new AzureTranslatorOptions();

        Assert.Equal("https://api.cognitive.microsofttranslator.com", options.Endpoint);
        Assert.Equal(ProfanityAction.NoAction, options.ProfanityAction);
        Assert.True(options.Timeout > TimeSpan.Zero);
    }

    /// <param name="selected">True when the deployment enables azure (here as its translator): only then are its settings checked at start-up.</param>
    private static IHost BuildHost(bool selected, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (selected)
        {
            settings["NewsLingo:Backends:Translator"] = "azure";
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(l => l.ClearProviders());
        builder.Services.AddAzureTranslator(builder.Configuration);
        return builder.Build();
    }
}
