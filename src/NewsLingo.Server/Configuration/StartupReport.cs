namespace NewsLingo.Server.Configuration;

/// <summary>Says at start-up which backends serve, and warns loudly when "auto" fell back to the fakes.</summary>
public sealed partial class StartupReport(SelectedBackends selected, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBackends(logger, selected.Translator, selected.Summarizer, selected.LanguageDetector);
        foreach (var warning in selected.Warnings)
        {
            LogFallback(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsLingo backends: translator={Translator}, summarizer={Summarizer}, language detector={Detector}")]
    private static partial void LogBackends(ILogger logger, string translator, string summarizer, string detector);

    [LoggerMessage(Level = LogLevel.Warning, Message = "!!! {Warning}")]
    private static partial void LogFallback(ILogger logger, string warning);
}
