using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A job being translated: its segments in order, each as soon as the call carrying it answered,
/// and, once they have all been read, what translating them did.
/// </summary>
public sealed class TranslationRun
{
    private readonly Func<TranslationRun, CancellationToken, IAsyncEnumerable<TranslatedSegment>> _segments;
    private CallReport? _report;

    internal TranslationRun(Func<TranslationRun, CancellationToken, IAsyncEnumerable<TranslatedSegment>> segments)
    {
        _segments = segments;
    }

    /// <summary>What the run did; known once <see cref="ReadAllAsync"/> has been read to the end.</summary>
    public CallReport Report => _report ?? throw new InvalidOperationException("The run's report is known once all its segments have been read.");

    /// <summary>The translations in order; stopping early cancels the calls still running.</summary>
    public IAsyncEnumerable<TranslatedSegment> ReadAllAsync(CancellationToken cancellationToken) => _segments(this, cancellationToken);

    internal void Complete(CallReport report) => _report = report;
}
