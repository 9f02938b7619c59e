using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// Offline rule-based translation with the Apertium pairs installed on the machine, through warm
/// pipelines (no process start per request). Directions come from the installed modes; those no
/// pair covers go through a pivot language. Unknown-word marks are stripped and the words reported.
/// </summary>
public sealed partial class ApertiumTranslator : ITranslator, IAsyncDisposable
{
    public const string BackendName = "apertium";

    private readonly ApertiumOptions _options;
    private readonly ILogger<ApertiumTranslator> _logger;
    private readonly ConcurrentDictionary<string, ApertiumPipelinePool> _pools = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _scripts = new(StringComparer.Ordinal);

    public ApertiumTranslator(IOptions<ApertiumOptions> options, ILogger<ApertiumTranslator> logger)
    {
        _options = options.Value;
        _logger = logger;
        Catalog = ApertiumModeCatalog.Discover(_options.ModesDirectory, _options.EffectivePivotLanguages);
        Limits = new BackendLimits(_options.MaxCharactersPerBatch, _options.MaxSegmentsPerBatch, _options.PipelinesPerMode);
    }

    public string Name => BackendName;

    public BackendLimits Limits { get; }

    public bool SupportsHtml => false;

    /// <summary>Apertium's default call timeout (NewsLingo:Apertium:BatchTimeout); NewsLingo:Resilience enforces it.</summary>
    public TimeSpan? DefaultTimeout => _options.BatchTimeout;

    public ApertiumModeCatalog Catalog { get; }

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Catalog.Directions);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        if (!Catalog.TryGetRoute(batch.Direction, out var route))
        {
            throw new BackendException(Name, BackendFailure.InputRejected, $"no installed Apertium pair translates {batch.Direction}.");
        }

        var texts = batch.Segments.ToArray();
        var unknownWords = new List<string>[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            unknownWords[i] = [];
        }

        foreach (var stage in route.Stages)
        {
            var requests = new string[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                requests[i] = ApertiumStreamFormat.Deformat(TypographicApostrophes.Normalize(texts[i]));
            }

            var answers = await PoolFor(stage).TranslateAsync(requests, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < texts.Length; i++)
            {
                // Marks come off after each stage: a pivot's second pair must not read "*word" as input.
                texts[i] = UnknownWordMarks.Strip(ApertiumStreamFormat.Reformat(answers[i]), texts[i], unknownWords[i]);
            }
        }

        var segments = new TranslatedSegment[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            segments[i] = new TranslatedSegment(texts[i], unknownWords[i]);
        }

        return new TranslationBatchResult(segments, new BackendUsage(Name, batch.CharacterCount, 1));
    }

    /// <summary>Starts one pipeline of every installed mode, so first requests find them warm.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Catalog.Modes.Select(mode => PoolFor(mode).WarmUpAsync(cancellationToken))).ConfigureAwait(false);
        LogWarm(_logger, Catalog.Modes.Count, Catalog.Directions.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    internal ApertiumPipelinePool PoolFor(ApertiumMode mode) =>
        _pools.GetOrAdd(mode.Name, static (_, state) => new ApertiumPipelinePool(state.mode, () => state.self.ScriptFor(state.mode), state.self._options, state.self._logger), (mode, self: this));

    /// <summary>
    /// The mode's pipeline with <c>-z</c> on every stage, as Apertium's own <c>apertium-wblank-mode -z</c>
    /// writes it (it knows which stages take the flag), read once per mode.
    /// </summary>
    private string ScriptFor(ApertiumMode mode) => _scripts.GetOrAdd(mode.Path, static path =>
    {
        var start = new ProcessStartInfo("apertium-wblank-mode") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-z");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run apertium-wblank-mode.");
        var script = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(script))
        {
            throw new InvalidOperationException($"apertium-wblank-mode -z {path} failed: {process.StandardError.ReadToEnd().Trim()}");
        }

        return script.Trim();
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _pools.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Apertium ready: {ModeCount} modes warm, {DirectionCount} directions, in {ElapsedMs:F0} ms")]
    private static partial void LogWarm(ILogger logger, int modeCount, int directionCount, double elapsedMs);
}
