using NewsLingo.Core.Translation;

namespace NewsLingo.Server.Tests.Infrastructure;

/// <summary>Wraps a translator and records every call and every cancellation it saw, to prove what reached the backend.</summary>
public sealed class CountingTranslator(ITranslator inner) : DelegatingTranslator(inner)
{
    private int _calls;
    private int _cancelled;

    public int Calls => Volatile.Read(ref _calls);

    public int CancelledCalls => Volatile.Read(ref _cancelled);

    public override async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        try
        {
            return await base.TranslateAsync(batch, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }
    }
}
