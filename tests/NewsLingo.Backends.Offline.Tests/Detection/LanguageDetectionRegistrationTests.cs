using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsLingo.Backends.Offline.Detection;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;

namespace NewsLingo.Backends.Offline.Tests.Detection;

public sealed class LanguageDetectionRegistrationTests
{
    [Fact]
    public async Task Host_starts_with_both_backends_keyed_by_name_and_configured_languages_only()
    {
        using var host = BuildHost(new()
        {
            ["NewsLingo:LanguageDetection:Languages:0"] = "fr",
            ["NewsLingo:LanguageDetection:Languages:1"] = "English",
            ["NewsLingo:LanguageDetection:Preload"] = "false",
        });

        await host.StartAsync(CancellationToken.None);
        var detector = host.Services.GetRequiredKeyedService<ILanguageDetector>("lingua");
        var summarizer = host.Services.GetRequiredKeyedService<ISummarizer>("extractive");
        await host.StopAsync(CancellationToken.None);

        Assert.IsType<LinguaLanguageDetector>(detector);
        Assert.Equal(["en", "fr"], detector.SupportedLanguages.Select(t => t.Value).Order());
        Assert.Equal("extractive", summarizer.Name);
    }

    [Fact]
    public async Task Unknown_language_fails_start_up_naming_the_setting()
    {
        using var host = BuildHost(new()
        {
            ["NewsLingo:LanguageDetection:Languages:0"] = "fr",
            ["NewsLingo:LanguageDetection:Languages:1"] = "klingon",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("NewsLingo:LanguageDetection:Languages:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("klingon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_relative_distance_fails_start_up_naming_the_setting()
    {
        using var host = BuildHost(new() { ["NewsLingo:LanguageDetection:MinimumRelativeDistance"] = "1.5" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("MinimumRelativeDistance", error.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddExtractiveSummarizer(builder.Configuration);
        builder.Services.AddLinguaLanguageDetector(builder.Configuration);
        return builder.Build();
    }
}
