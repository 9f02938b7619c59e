using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Detection;

/// <summary>
/// Builds the detector when the host starts so that loading Lingua's models (a second or more
/// with preloading on) happens before the first request, not during it.
/// </summary>
internal sealed partial class LinguaWarmUpService(IServiceProvider services, ILogger<LinguaWarmUpService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var detector = services.GetRequiredKeyedService<ILanguageDetector>(LinguaLanguageDetector.BackendName);
        if (detector is LinguaLanguageDetector lingua)
        {
            LogLoaded(logger, lingua.SupportedLanguages.Count, lingua.LoadTime.TotalMilliseconds);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Lingua detector ready with {LanguageCount} languages in {ElapsedMs:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int languageCount, double elapsedMs);
}
