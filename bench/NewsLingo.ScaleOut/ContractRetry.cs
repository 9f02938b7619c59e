using Grpc.Core;

namespace NewsLingo.ScaleOut;

/// <summary>
/// A client that retries as the contract says (common.proto, AIP-194): UNAVAILABLE with exponential
/// backoff, RESOURCE_EXHAUSTED after the google.rpc.RetryInfo delay, nothing else. Counts what it retried.
/// </summary>
public sealed class ContractRetry(int maxAttempts = 6)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(1);

    private long _retries;

    public long Retries => Interlocked.Read(ref _retries);

    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (RpcException exception) when (attempt < maxAttempts && DelayBeforeRetry(exception, attempt) is { } delay)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>The wait before the next attempt; null when the status is not retryable.</summary>
    public static TimeSpan? DelayBeforeRetry(RpcException exception, int attempt) => exception.StatusCode switch
    {
        StatusCode.Unavailable => Backoff(attempt),
        StatusCode.ResourceExhausted => exception.GetRpcStatus()?.GetDetail<Google.Rpc.RetryInfo>()?.RetryDelay?.ToTimeSpan() ?? Backoff(attempt),
        _ => null,
    };

    private static TimeSpan Backoff(int attempt)
    {
        var exponential = FirstBackoff * Math.Pow(2, attempt - 1);
        var capped = exponential < LongestBackoff ? exponential : LongestBackoff;

        // Full jitter, so clients that failed together do not come back together.
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
