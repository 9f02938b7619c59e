using NewsLingo.Core.Backends;

namespace NewsLingo.Server.Configuration;

/// <summary>Says at start-up which backends serve, with their fallbacks, and warns loudly when "auto" fell back to the fakes.</summary>
public sealed partial class StartupReport(SelectedBackends selected, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBackends(logger, selected.Translator, selected.Summarizer, selected.LanguageDetector);
        LogChains(
            logger,
            Chains(BackendCapabilities.Translate, selected.Translators),
            string.Join("; ", selected.Routes),
            Chains(BackendCapabilities.Summarize, selected.Summarizers),
            Chains(BackendCapabilities.Detect, [selected.LanguageDetector]));
        foreach (var warning in selected.Warnings)
        {
            LogFallback(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>"llm (then extractive), fake".</summary>
    private string Chains(BackendCapabilities capability, IEnumerable<string> names) =>
        string.Join(", ", names.Select(name => selected.FallbacksOf(capability, name) is { Count: > 0 } fallbacks ? $"{name} (then {string.Join(", ", fallbacks)})" : name));

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsLingo backends: translator={Translator}, summarizer={Summarizer}, language detector={Detector}")]
    private static partial void LogBackends(ILogger logger, string translator, string summarizer, string detector);

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsLingo translators enabled: {Translators}; routes: {Routes}; summarizers enabled: {Summarizers}; detector: {Detector}")]
    private static partial void LogChains(ILogger logger, string translators, string routes, string summarizers, string detector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! {Warning}")]
    private static partial void LogFallback(ILogger logger, string warning);
}
