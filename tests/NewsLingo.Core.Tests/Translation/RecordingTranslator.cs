using System.Collections.Concurrent;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Translation;

/// <summary>A translator that upper-cases text and records every batch it receives, with settable limits.</summary>
internal sealed class RecordingTranslator(BackendLimits limits, TimeSpan? latency = null) : ITranslator
{
    public ConcurrentQueue<TranslationBatch> Batches { get; } = new();

    public string Name => "recording";

    public BackendLimits Limits => limits;

    public bool HtmlCapable { get; init; }

    public bool SupportsHtml => HtmlCapable;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(LanguageTag.Parse("fr"), LanguageTag.Parse("en"))]);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Batches.Enqueue(batch);
        if (latency is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }

        return new TranslationBatchResult(
            batch.Segments.Select(s => new TranslatedSegment(s.ToUpperInvariant())).ToList(),
            new BackendUsage(Name, batch.CharacterCount, 1));
    }
}
