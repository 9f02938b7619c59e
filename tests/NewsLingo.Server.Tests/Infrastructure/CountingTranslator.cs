using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;

namespace NewsLingo.Server.Tests.Infrastructure;

/// <summary>Wraps a translator and records every call and every cancellation it saw, to prove what reached the backend.</summary>
public sealed class CountingTranslator(ITranslator inner) : ITranslator
{
    private int _calls;
    private int _cancelled;

    public int Calls => Volatile.Read(ref _calls);

    public int CancelledCalls => Volatile.Read(ref _cancelled);

    public string Name => inner.Name;

    public BackendLimits Limits => inner.Limits;

    public bool SupportsHtml => inner.SupportsHtml;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        inner.GetSupportedDirectionsAsync(cancellationToken);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        try
        {
            return await inner.TranslateAsync(batch, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }
    }
}
