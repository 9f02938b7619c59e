using Microsoft.Extensions.Caching.Distributed;

namespace NewsLingo.Server.Caching;

/// <summary>
/// Redis as HybridCache's second level, never failing a request: an error marks Redis down
/// (logged once, on the transition), and for <see cref="CacheOptions.RedisRetryInterval"/> every
/// operation skips Redis (misses, writes dropped) before the next one tries it again. Health
/// reads <see cref="IsDown"/>.
/// </summary>
public sealed partial class GuardedDistributedCache(
    IDistributedCache inner,
    CacheOptions options,
    TimeProvider time,
    ILogger<GuardedDistributedCache> logger) : IDistributedCache
{
    private readonly Lock _gate = new();
    private DateTimeOffset _retryAt;
    private bool _down;

    /// <summary>True while Redis is considered down.</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _down;
            }
        }
    }

    /// <summary>What the last failure was, for health.</summary>
    public string? LastError { get; private set; }

    public byte[]? Get(string key) => Guard(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        GuardAsync(() => inner.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.SetAsync(key, value, options, token).ConfigureAwait(false); return true; }, false);

    public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RefreshAsync(key, token).ConfigureAwait(false); return true; }, false);

    public void Remove(string key) => Guard(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RemoveAsync(key, token).ConfigureAwait(false); return true; }, false);

    /// <summary>Tries Redis now unless it is being bypassed; true when it answered.</summary>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var answered = false;
        await GuardAsync(async () => { await inner.GetAsync("newslingo:health", cancellationToken).ConfigureAwait(false); answered = true; return true; }, false).ConfigureAwait(false);
        return answered;
    }

    private T Guard<T>(Func<T> operation, T whenDown)
    {
        if (Bypassing())
        {
            return whenDown;
        }

        try
        {
            var result = operation();
            MarkUp();
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            MarkDown(exception);
            return whenDown;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> operation, T whenDown)
    {
        if (Bypassing())
        {
            return whenDown;
        }

        try
        {
            var result = await operation().ConfigureAwait(false);
            MarkUp();
            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            MarkDown(exception);
            return whenDown;
        }
    }

    private bool Bypassing()
    {
        lock (_gate)
        {
            return _down && time.GetUtcNow() < _retryAt;
        }
    }

    private void MarkUp()
    {
        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
        }

        LogRecovered(logger);
    }

    private void MarkDown(Exception exception)
    {
        bool first;
        lock (_gate)
        {
            first = !_down;
            _down = true;
            _retryAt = time.GetUtcNow() + options.RedisRetryInterval;
            LastError = $"{exception.GetType().Name}: {exception.Message}";
        }

        // Once per outage, not per call: a dead Redis would otherwise flood the log.
        if (first)
        {
            LogDown(logger, exception.GetType().Name, options.RedisRetryInterval);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cache unreachable ({Error}); serving without it, retrying every {RetryInterval}")]
    private static partial void LogDown(ILogger logger, string error, TimeSpan retryInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis cache reachable again")]
    private static partial void LogRecovered(ILogger logger);
}
