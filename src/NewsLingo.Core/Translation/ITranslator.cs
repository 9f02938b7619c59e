using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A translation backend. Implementations are thread-safe and long-lived; they translate one
/// batch that already fits their <see cref="Limits"/> (the pipeline does the chunking), keep the
/// segment count and order, and throw <see cref="Errors.BackendException"/> for failures a caller
/// can classify (unavailable, rate limited, credentials rejected, bad answer). They make one
/// transport attempt per call: retries, timeouts and circuits belong to the resilience layer above
/// them, and decorators derive from <see cref="DelegatingTranslator"/>.
/// </summary>
public interface ITranslator
{
    /// <summary>A short stable name for reports, metrics and cache keys ("apertium", "azure", "fake").</summary>
    string Name { get; }

    /// <summary>What one call may carry.</summary>
    BackendLimits Limits { get; }

    /// <summary>True when the backend translates HTML itself and keeps its markup.</summary>
    bool SupportsHtml { get; }

    /// <summary>
    /// Who protects glossary terms for <paramref name="direction"/>: NewsLingo's placeholders (the default),
    /// or this backend by its vendor's own mechanism where the vendor honours it for that direction
    /// (then <see cref="TranslationBatch.Terms"/> carries the terms and the segments come as written).
    /// </summary>
    TermProtection TermProtectionFor(LanguageDirection direction) => TermProtection.Placeholders;

    /// <summary>The directions this backend can translate now.</summary>
    ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken);

    /// <summary>Translates one batch.</summary>
    Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken);
}
