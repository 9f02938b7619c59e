using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Server.Production.Tests;

/// <summary>
/// A translator that counts what reaches it and fails as scripted: each queued exception is thrown
/// by one call, in order; once the queue is empty it translates like the fake ("[es] text").
/// </summary>
public sealed class ScriptedTranslator(string name, params Exception[] failures) : ITranslator
{
    private readonly Queue<Exception> _failures = new(failures);
    private readonly Lock _gate = new();
    private int _calls;
    private long _characters;

    public string Name => name;

    public int Calls => Volatile.Read(ref _calls);

    public long Characters => Interlocked.Read(ref _characters);

    public bool FailAlways { get; set; }

    /// <summary>How long each successful call takes (honouring cancellation).</summary>
    public TimeSpan Latency { get; init; }

    public BackendLimits Limits { get; } = new(10_000, 100, 4);

    public bool SupportsHtml => true;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken)
    {
        var tags = new[] { "fr", "en", "es", "de" }.Select(LanguageTag.Parse).ToList();
        IReadOnlyCollection<LanguageDirection> all = (from s in tags from t in tags where s != t select new LanguageDirection(s, t)).ToList();
        return ValueTask.FromResult(all);
    }

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (_gate)
        {
            if (_failures.TryDequeue(out var failure))
            {
                throw failure;
            }
        }

        if (FailAlways)
        {
            throw new Core.Errors.BackendException(name, Core.Errors.BackendFailure.Unavailable, "down for the test.");
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken);
        }

        Interlocked.Add(ref _characters, batch.CharacterCount);
        var segments = batch.Segments.Select(s => new TranslatedSegment($"[{batch.Target}] {s}")).ToList();
        return new TranslationBatchResult(segments, new BackendUsage(name, batch.CharacterCount, 1));
    }
}
