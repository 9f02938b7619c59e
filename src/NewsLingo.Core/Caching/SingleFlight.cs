using System.Collections.Concurrent;

namespace NewsLingo.Core.Caching;

/// <summary>
/// Runs the work for a key once while it is in flight: callers asking for the same key meanwhile
/// wait for the first one's answer instead of calling the backend themselves (a cache stampede:
/// twenty identical articles at once made twenty identical backend calls). A waiter whose leader
/// was cancelled by its own caller runs the work itself; failures are shared, as a call of its own
/// would have met them too.
/// </summary>
public sealed class SingleFlight<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TValue>> _running = new();

    /// <summary>The value, and whether it came from another caller's call.</summary>
    public async Task<(TValue Value, bool Shared)> RunAsync(TKey key, Func<CancellationToken, Task<TValue>> work, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _running.GetOrAdd(key, mine.Task);
        if (running != mine.Task)
        {
            try
            {
                return (await running.WaitAsync(cancellationToken).ConfigureAwait(false), true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The leader's caller gave up, not ours.
                return (await work(cancellationToken).ConfigureAwait(false), false);
            }
        }

        try
        {
            var value = await work(cancellationToken).ConfigureAwait(false);
            mine.SetResult(value);
            return (value, false);
        }
        catch (OperationCanceledException exception)
        {
            mine.SetCanceled(exception.CancellationToken);
            throw;
        }
        catch (Exception exception)
        {
            mine.SetException(exception);

            // Observed here, so a failure nobody else waited for is not reported as unobserved.
            _ = mine.Task.Exception;
            throw;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<TKey, Task<TValue>>(key, mine.Task));
        }
    }
}
