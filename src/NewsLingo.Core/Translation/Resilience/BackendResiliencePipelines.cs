using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace NewsLingo.Core.Translation.Resilience;

/// <summary>
/// One Polly pipeline per backend name, kept for the process's life so each backend's circuit
/// breaker sees every request: retry (jittered, honouring a rate limit's Retry-After) around a
/// circuit breaker around a per-call timeout. The caller's token bounds every attempt and delay.
/// </summary>
public sealed partial class BackendResiliencePipelines(
    IOptions<BackendResilienceOptions> options,
    NewsLingoMetrics metrics,
    ILogger<BackendResiliencePipelines> logger,
    TimeProvider? timeProvider = null)
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public BackendResilienceOptions Options => options.Value;

    public ResiliencePipeline For(string backend) =>
        _registry.GetOrAddPipeline(backend, builder => Build(builder, backend));

    /// <summary>True when <paramref name="exception"/> is a failure a fallback backend may answer instead.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        BackendException backend => backend.IsTransient,
        TimeoutRejectedException or BrokenCircuitException => true,
        _ => false,
    };

    /// <summary>The failure as a BackendException naming <paramref name="backend"/>, whatever Polly threw.</summary>
    public BackendException Classify(string backend, Exception exception) => exception switch
    {
        BackendException known => known,
        TimeoutRejectedException timeout => new BackendException(backend, BackendFailure.TimedOut, $"no answer within {Options.TimeoutFor(backend)}.", innerException: timeout),
        BrokenCircuitException open => new BackendException(backend, BackendFailure.Unavailable, "skipped: its circuit is open after repeated failures.", open.RetryAfter, open),
        _ => new BackendException(backend, BackendFailure.Unavailable, exception.GetType().Name, innerException: exception),
    };

    private void Build(ResiliencePipelineBuilder builder, string backend)
    {
        var settings = options.Value;
        if (timeProvider is not null)
        {
            builder.TimeProvider = timeProvider;
        }

        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, settings)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is BackendException { Failure: BackendFailure.RateLimited, RetryAfter: { } retryAfter } ? (TimeSpan?)retryAfter : null),
                OnRetry = args =>
                {
                    metrics.RecordRetry(backend, args.RetryDelay);
                    LogRetry(logger, backend, args.AttemptNumber + 1, args.RetryDelay, Reason(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = settings.CircuitFailureRatio,
            MinimumThroughput = settings.CircuitMinimumThroughput,
            SamplingDuration = settings.CircuitSamplingDuration,
            BreakDuration = settings.CircuitBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && e is not BrokenCircuitException && IsTransient(e)),
            OnOpened = args =>
            {
                LogCircuitOpened(logger, backend, args.BreakDuration);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LogCircuitClosed(logger, backend);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(settings.TimeoutFor(backend));
    }

    private static bool ShouldRetry(Exception? exception, BackendResilienceOptions settings) => exception switch
    {
        // An open circuit means "skip this backend now": retrying it would only wait.
        BrokenCircuitException => false,
        BackendException { Failure: BackendFailure.RateLimited, RetryAfter: { } retryAfter } => retryAfter <= settings.MaxRetryAfter,
        { } e => IsTransient(e),
        null => false,
    };

    private static string Reason(Exception? exception) => exception switch
    {
        NewsLingoException known => known.Reason,
        TimeoutRejectedException => "BACKEND_TIMEOUT",
        null => "none",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} failed ({Reason}); retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string backend, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} keeps failing: its circuit is open for {BreakDuration}, fallbacks serve meanwhile")]
    private static partial void LogCircuitOpened(ILogger logger, string backend, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backend {Backend} answers again: its circuit is closed")]
    private static partial void LogCircuitClosed(ILogger logger, string backend);
}
