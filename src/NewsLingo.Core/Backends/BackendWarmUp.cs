using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsLingo.Core.Backends;

/// <summary>
/// Warms up every enabled backend that can run here, as its descriptor says: before the server
/// serves (Lingua's models: the first request must not load them), or in the background while
/// it already answers health checks (Apertium's pipelines: a request that comes first waits for its
/// own). A backend the deployment does not enable costs nothing.
/// </summary>
internal sealed partial class BackendWarmUp(SelectedBackends selected, BackendCatalog catalog, IServiceProvider services, ILogger<BackendWarmUp> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var descriptor in selected.Enabled.Select(catalog.Describe).OfType<BackendDescriptor>())
        {
            if (descriptor.WarmUp is not { } warmUp || descriptor.WhyUnavailable?.Invoke(services) is not null)
            {
                continue;
            }

            if (descriptor.WarmUpBeforeServing)
            {
                await warmUp(services, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _background.Add(InBackgroundAsync(descriptor.Name, warmUp));
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped more than once (a test host is stopped, then disposed).
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        // As a BackgroundService stops: wait for the warm-ups to end, or for the host to give up waiting.
        await Task.WhenAny(Task.WhenAll(_background), Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task InBackgroundAsync(string backend, Func<IServiceProvider, CancellationToken, Task> warmUp)
    {
        try
        {
            await Task.Yield();
            await warmUp(services, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!_stopping.IsCancellationRequested)
        {
            // A failed warm-up is not a failed start: the first request meets the cold backend and its resilience.
            LogWarmUpFailed(logger, exception, backend);
        }
        catch (OperationCanceledException)
        {
            // The host stopped first.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up backend {Backend} failed; it starts cold")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception, string backend);
}
