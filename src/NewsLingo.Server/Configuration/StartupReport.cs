namespace NewsLingo.Server.Configuration;

/// <summary>Says at start-up which backends serve, and warns loudly when "auto" fell back to the fakes.</summary>
public sealed partial class StartupReport(SelectedBackends selected, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBackends(logger, selected.Translator, selected.Summarizer, selected.LanguageDetector);
        if (selected.Translators.Count > 1 || selected.Routes.Count > 0 || selected.Summarizers.Count > 1)
        {
            LogRouting(logger, string.Join(", ", selected.Translators), string.Join("; ", selected.Routes), string.Join(", ", selected.Summarizers));
        }

        foreach (var warning in selected.Warnings)
        {
            LogFallback(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsLingo backends: translator={Translator}, summarizer={Summarizer}, language detector={Detector}")]
    private static partial void LogBackends(ILogger logger, string translator, string summarizer, string detector);

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsLingo translators enabled: {Translators}; routes: {Routes}; summarizers enabled: {Summarizers}")]
    private static partial void LogRouting(ILogger logger, string translators, string routes, string summarizers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! {Warning}")]
    private static partial void LogFallback(ILogger logger, string warning);
}
