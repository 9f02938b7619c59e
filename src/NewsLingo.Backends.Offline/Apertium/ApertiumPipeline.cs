using System.Buffers;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// One warm Apertium pipeline: the mode's chain of processes started once, every stage in null-flush
/// mode (<c>-z</c>), so that each request written with a trailing <c>\0</c> comes back as one answer
/// ending with <c>\0</c>. A batch is written while its answers are read, so pipe buffers never fill
/// up on both sides. One batch at a time: the pool leases a pipeline to one caller.
/// </summary>
internal sealed partial class ApertiumPipeline : IAsyncDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly byte[] _readBuffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _frame = new(16 * 1024);
    private readonly ILogger _logger;
    private int _readStart;
    private int _readEnd;

    private ApertiumPipeline(Process process, ILogger logger)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _logger = logger;
    }

    public int ProcessId => _process.Id;

    public string Mode { get; private init; } = string.Empty;

    /// <summary>Starts <paramref name="script"/> (the mode's pipeline with <c>-z</c> on every stage) under bash.</summary>
    public static ApertiumPipeline Start(string mode, string script, ILogger logger)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };

        // $1 is the generator's option (-g: mark unknown words, which we strip and report), $2 the
        // tagger's (none), as the apertium wrapper passes them.
        foreach (var argument in new[] { "-c", script, $"apertium-{mode}", "-g", string.Empty })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start the Apertium pipeline for {mode}.");
        process.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrWhiteSpace(line.Data))
            {
                LogStageError(logger, mode, line.Data);
            }
        };
        process.BeginErrorReadLine();
        return new ApertiumPipeline(process, logger) { Mode = mode };
    }

    /// <summary>Translates each deformatted request; answers are in request order, still in stream format.</summary>
    public async Task<string[]> TranslateAsync(IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        // A read on a pipe does not always observe cancellation: killing the pipeline ends it for sure,
        // and a pipeline abandoned mid-batch must not serve again anyway (its answers would arrive late).
        await using var kill = cancellationToken.Register(static state => ((ApertiumPipeline)state!).Kill(), this);
        var writing = WriteAsync(requests, cancellationToken);
        var answers = new string[requests.Count];
        try
        {
            for (var i = 0; i < answers.Length; i++)
            {
                answers[i] = await ReadFrameAsync(cancellationToken).ConfigureAwait(false);

                // Every request ends with the ".[]" superblank, which the pipeline copies through: an
                // answer without it is not ours (a dying stage flushing an empty frame, say).
                if (!answers[i].EndsWith("[]", StringComparison.Ordinal))
                {
                    throw new IOException($"the Apertium pipeline for {Mode} answered out of frame.");
                }
            }
        }
        finally
        {
            // Surface a write failure (the pipeline died) rather than leave it unobserved.
            await writing.ConfigureAwait(false);
        }

        return answers;
    }

    private async Task WriteAsync(IReadOnlyList<string> requests, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var request in requests)
            {
                var bytes = Utf8.GetBytes(request + "\0");
                await _input.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            }

            await _input.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (_process.HasExited || cancellationToken.IsCancellationRequested)
        {
            // The read side reports the dead pipeline; nothing more to say here.
        }
    }

    private async Task<string> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _readBuffer.AsSpan(_readStart, _readEnd - _readStart);
            var end = available.IndexOf((byte)0);
            if (end >= 0)
            {
                _frame.Write(available[..end]);
                _readStart += end + 1;
                var answer = Utf8.GetString(_frame.WrittenSpan);
                _frame.ResetWrittenCount();
                return answer;
            }

            _frame.Write(available);
            _readStart = _readEnd = 0;
            var read = await _output.ReadAsync(_readBuffer, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (read == 0)
            {
                throw new IOException($"the Apertium pipeline for {Mode} ended (exit code {ExitCodeOrNone()}).");
            }

            _readEnd = read;
        }
    }

    private string ExitCodeOrNone()
    {
        try
        {
            return _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running";
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            using var reaping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(reaping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogNotReaped(_logger, Mode, ProcessId);
        }

        _process.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Apertium {Mode}: {Message}")]
    private static partial void LogStageError(ILogger logger, string mode, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apertium {Mode} pipeline {ProcessId} did not exit within 5 s of being killed")]
    private static partial void LogNotReaped(ILogger logger, string mode, int processId);
}
