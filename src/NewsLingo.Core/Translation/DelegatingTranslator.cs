using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A translator that forwards everything to <see cref="InnerTranslator"/>, so a decorator (cache,
/// fallback, resilience, metering) overrides only its concern, as Microsoft.Extensions.AI's
/// <c>DelegatingChatClient</c> does.
/// </summary>
public abstract class DelegatingTranslator(ITranslator innerTranslator) : ITranslator
{
    protected ITranslator InnerTranslator { get; } = innerTranslator;

    public virtual string Name => InnerTranslator.Name;

    public virtual BackendLimits Limits => InnerTranslator.Limits;

    public virtual bool SupportsHtml => InnerTranslator.SupportsHtml;

    public virtual TermProtection TermProtectionFor(LanguageDirection direction) => InnerTranslator.TermProtectionFor(direction);

    public virtual ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        InnerTranslator.GetSupportedDirectionsAsync(cancellationToken);

    public virtual Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
        InnerTranslator.TranslateAsync(batch, cancellationToken);
}
