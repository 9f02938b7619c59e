using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NewsLingo.Core.Errors;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// The warm pipelines of one mode: at most <c>size</c>, started on first need and kept; a batch
/// waits for a free one (at most <c>maxQueued</c> batches wait, later ones are refused as rate
/// limited). A pipeline that crashes, or is abandoned by a caller that cancelled or timed out, is
/// killed and replaced, so no batch ever reads another's answers; a batch that met a dead pipeline
/// is rerun once on a fresh one. A batch that fails twice is classified by a test text on a fresh
/// pipeline: the batch's fault (rejected input) or the engine's (unavailable).
/// </summary>
internal sealed partial class ApertiumPipelinePool : IAsyncDisposable
{
    private readonly ApertiumMode _mode;
    private readonly Func<string> _script;
    private readonly ApertiumOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<ApertiumPipeline?> _free;
    private readonly List<ApertiumPipeline> _started = [];
    private readonly Lock _startedGate = new();
    private int _waiting;

    public ApertiumPipelinePool(ApertiumMode mode, Func<string> script, ApertiumOptions options, ILogger logger)
    {
        _mode = mode;
        _script = script;
        _options = options;
        _logger = logger;
        _free = Channel.CreateBounded<ApertiumPipeline?>(options.PipelinesPerMode);
        for (var i = 0; i < options.PipelinesPerMode; i++)
        {
            _free.Writer.TryWrite(null);
        }
    }

    /// <summary>The processes of the pipelines now running (for tests that kill one).</summary>
    internal IReadOnlyList<int> RunningProcessIds
    {
        get
        {
            lock (_startedGate)
            {
                return [.. _started.Select(p => p.ProcessId)];
            }
        }
    }

    /// <summary>Starts one pipeline now, so the first request does not pay for it.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var pipeline = await _free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            pipeline ??= StartPipeline();
            await pipeline.TranslateAsync([ApertiumStreamFormat.Deformat("1")], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            LogWarmUpFailed(_logger, exception, _mode.Name);
            pipeline = await ReplaceAsync(pipeline).ConfigureAwait(false);
        }
        finally
        {
            _free.Writer.TryWrite(pipeline);
        }
    }

    public async Task<string[]> TranslateAsync(IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        ApertiumPipeline? pipeline;
        if (Interlocked.Increment(ref _waiting) > _options.MaxQueuedBatches + _options.PipelinesPerMode)
        {
            Interlocked.Decrement(ref _waiting);
            throw new BackendException(
                ApertiumTranslator.BackendName,
                BackendFailure.RateLimited,
                $"the {_mode.Name} pipelines are busy and {_options.MaxQueuedBatches} batches already wait (NewsLingo:Apertium:MaxQueuedBatches).",
                TimeSpan.FromSeconds(1));
        }

        try
        {
            pipeline = await _free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                pipeline ??= StartPipeline();
                try
                {
                    return await pipeline.TranslateAsync(requests, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is IOException or InvalidOperationException)
                {
                    LogPipelineFailed(_logger, _mode.Name, pipeline.ProcessId, exception.Message, attempt);
                    pipeline = await ReplaceAsync(pipeline).ConfigureAwait(false);
                    if (attempt == 1)
                    {
                        // A pipeline found dead is restarted and the batch rerun on the fresh one, as a
                        // client reconnects a dropped connection; retrying beyond that is the resilience pipeline's.
                        continue;
                    }

                    // Twice, on a fresh pipeline: the text or the engine? A test text tells them apart,
                    // so a text that breaks the engine never counts against it.
                    pipeline = await ProbeAsync(cancellationToken).ConfigureAwait(false);
                    throw pipeline is not null
                        ? new BackendException(ApertiumTranslator.BackendName, BackendFailure.InputRejected, $"the {_mode.Name} pipeline failed twice on this text ({exception.Message}) while it translates other text: the text itself is the cause, so a retry would fail again.", innerException: exception)
                        : new BackendException(ApertiumTranslator.BackendName, BackendFailure.Unavailable, $"the {_mode.Name} pipeline failed twice ({exception.Message}), and on a test text too.", innerException: exception);
                }
                catch (OperationCanceledException)
                {
                    // The caller gave up mid-batch, or its timeout did: the pipeline still holds part of it.
                    pipeline = await ReplaceAsync(pipeline).ConfigureAwait(false);
                    throw;
                }
            }
        }
        finally
        {
            _free.Writer.TryWrite(pipeline);
        }
    }

    /// <summary>
    /// A fresh pipeline that translates a test text, or null when even that fails: tells a batch the
    /// engine cannot take (the caller's fault, not to be retried nor counted against Apertium's
    /// circuit) from an engine that is down.
    /// </summary>
    private async Task<ApertiumPipeline?> ProbeAsync(CancellationToken cancellationToken)
    {
        var pipeline = StartPipeline();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.BatchTimeout);
        try
        {
            await pipeline.TranslateAsync([ApertiumStreamFormat.Deformat("1")], timeout.Token).ConfigureAwait(false);
            return pipeline;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            return await ReplaceAsync(pipeline).ConfigureAwait(false);
        }
    }

    private ApertiumPipeline StartPipeline()
    {
        var pipeline = ApertiumPipeline.Start(_mode.Name, _script(), _logger);
        lock (_startedGate)
        {
            _started.Add(pipeline);
        }

        LogStarted(_logger, _mode.Name, pipeline.ProcessId);
        return pipeline;
    }

    /// <summary>Kills <paramref name="pipeline"/>; the slot is refilled lazily by the next batch.</summary>
    private async Task<ApertiumPipeline?> ReplaceAsync(ApertiumPipeline? pipeline)
    {
        if (pipeline is not null)
        {
            lock (_startedGate)
            {
                _started.Remove(pipeline);
            }

            await pipeline.DisposeAsync().ConfigureAwait(false);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        ApertiumPipeline[] started;
        lock (_startedGate)
        {
            started = [.. _started];
            _started.Clear();
        }

        foreach (var pipeline in started)
        {
            await pipeline.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Apertium {Mode} pipeline started (process {ProcessId})")]
    private static partial void LogStarted(ILogger logger, string mode, int processId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium {Mode} pipeline {ProcessId} failed ({Reason}) on attempt {Attempt}; restarting it")]
    private static partial void LogPipelineFailed(ILogger logger, string mode, int processId, string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium {Mode} warm-up failed")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception, string mode);
}
