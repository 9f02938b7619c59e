using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Server.Production.Tests;

/// <summary>Signals when a call arrives and answers only when released.</summary>
public sealed class GatedTranslator : ITranslator
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "gated";

    public BackendLimits Limits => BackendLimits.Unbounded;

    public bool SupportsHtml => true;

    public void Release() => _release.TrySetResult();

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new LanguageDirection(LanguageTag.Parse("fr"), LanguageTag.Parse("es"))]);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        var segments = batch.Segments.Select(s => new TranslatedSegment($"[{batch.Target}] {s}")).ToList();
        return new TranslationBatchResult(segments, new BackendUsage(Name, batch.CharacterCount, 1));
    }
}
