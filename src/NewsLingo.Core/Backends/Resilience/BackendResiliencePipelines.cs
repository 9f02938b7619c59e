using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Diagnostics;
using NewsLingo.Core.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace NewsLingo.Core.Backends.Resilience;

/// <summary>
/// The one owner of retries, timeouts and circuits for backend calls: one Polly pipeline per
/// backend name, kept for the process's life so each backend's circuit sees every request. Retry
/// (jittered; a rate limit's Retry-After honoured up to MaxRetryAfter) around a circuit breaker
/// around a per-call timeout. The caller's token bounds every attempt and delay; whatever fails
/// comes out as a <see cref="BackendException"/> naming the backend: an exception of any other type
/// out of an adapter is that backend's failure too (<see cref="UnexpectedFailures"/>), so it counts
/// for the circuit and the fallbacks serve. Only the caller's own cancellation stays a cancellation.
/// </summary>
public sealed partial class BackendResiliencePipelines(
    IOptions<BackendResilienceOptions> options,
    NewsLingoMetrics metrics,
    ILogger<BackendResiliencePipelines> logger,
    TimeProvider? timeProvider = null)
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public BackendResilienceOptions Options => options.Value;

    /// <summary>Runs <paramref name="call"/> on <paramref name="backend"/>'s pipeline; <paramref name="declaredTimeout"/> is the backend's own default.</summary>
    public async Task<TResult> ExecuteAsync<TState, TResult>(
        string backend,
        TimeSpan? declaredTimeout,
        Func<TState, CancellationToken, Task<TResult>> call,
        TState state,
        CancellationToken cancellationToken)
    {
        var pipeline = _registry.GetOrAddPipeline(backend, builder => Build(builder, backend, declaredTimeout));
        try
        {
            return await pipeline.ExecuteAsync(
                static (s, token) => s.self.AttemptAsync(s.backend, s.call, s.state, token),
                (self: this, backend, call, state),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutRejectedException or BrokenCircuitException && !cancellationToken.IsCancellationRequested)
        {
            throw Classify(backend, declaredTimeout, exception);
        }
    }

    /// <summary>One attempt: what the adapter answered, or its failure as a <see cref="BackendException"/> whatever it threw.</summary>
    private ValueTask<TResult> AttemptAsync<TState, TResult>(string backend, Func<TState, CancellationToken, Task<TResult>> call, TState state, CancellationToken token)
    {
        Task<TResult> attempt;
        try
        {
            attempt = call(state, token);
        }
        catch (Exception exception) when (UnexpectedFailures.IsUnexpected(exception, token))
        {
            return ValueTask.FromException<TResult>(Unexpected(backend, exception));
        }

        // Most calls end well: no extra frame for them.
        return attempt.IsCompletedSuccessfully ? new ValueTask<TResult>(attempt.Result) : new ValueTask<TResult>(AwaitAttemptAsync(backend, attempt, token));
    }

    private async Task<TResult> AwaitAttemptAsync<TResult>(string backend, Task<TResult> attempt, CancellationToken token)
    {
        try
        {
            return await attempt.ConfigureAwait(false);
        }
        catch (Exception exception) when (UnexpectedFailures.IsUnexpected(exception, token))
        {
            throw Unexpected(backend, exception);
        }
    }

    private BackendException Unexpected(string backend, Exception exception)
    {
        var failure = UnexpectedFailures.Classify(backend, exception);
        LogUnexpected(logger, exception, backend, exception.GetType().Name, failure.Failure);
        return failure;
    }

    private BackendException Classify(string backend, TimeSpan? declaredTimeout, Exception exception) => exception switch
    {
        BrokenCircuitException open => new BackendException(backend, BackendFailure.Unavailable, "skipped: its circuit is open after repeated failures.", open.RetryAfter, open),
        _ => new BackendException(backend, BackendFailure.TimedOut, $"no answer within {Options.TimeoutFor(backend, declaredTimeout)} ({BackendResilienceOptions.SectionName}:Timeouts:{backend}).", innerException: exception),
    };

    private void Build(ResiliencePipelineBuilder builder, string backend, TimeSpan? declaredTimeout)
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

            // Only what a healthy backend would not have had: input it refused, and the caller's own
            // cancellation, count for nothing.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TimeoutRejectedException or BackendException { IsBackendFault: true }),
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
        builder.AddTimeout(settings.TimeoutFor(backend, declaredTimeout));
    }

    private static bool ShouldRetry(Exception? exception, BackendResilienceOptions settings) => exception switch
    {
        BackendException { Failure: BackendFailure.RateLimited, RetryAfter: { } retryAfter } => retryAfter <= settings.MaxRetryAfter,
        BackendException backend => backend.IsTransient,
        TimeoutRejectedException => true,

        // An open circuit means "skip this backend now": retrying it would only wait.
        _ => false,
    };

    private static string Reason(Exception? exception) => exception switch
    {
        NewsLingoException known => known.Reason,
        TimeoutRejectedException => ErrorReasonCodes.BackendTimeout,
        null => "none",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} threw {ExceptionType}: counted as its failure ({Failure})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string backend, string exceptionType, BackendFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} failed ({Reason}); retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string backend, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend {Backend} keeps failing: its circuit is open for {BreakDuration}, fallbacks serve meanwhile")]
    private static partial void LogCircuitOpened(ILogger logger, string backend, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backend {Backend} answers again: its circuit is closed")]
    private static partial void LogCircuitClosed(ILogger logger, string backend);
}
