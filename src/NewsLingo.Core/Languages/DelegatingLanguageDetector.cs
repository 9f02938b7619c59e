namespace NewsLingo.Core.Languages;

/// <summary>A detector that forwards everything to <see cref="InnerDetector"/>: the base of every detector decorator, as for translators and summarizers.</summary>
public abstract class DelegatingLanguageDetector(ILanguageDetector innerDetector) : ILanguageDetector
{
    protected ILanguageDetector InnerDetector { get; } = innerDetector;

    public virtual string Name => InnerDetector.Name;

    public virtual IReadOnlyCollection<LanguageTag> SupportedLanguages => InnerDetector.SupportedLanguages;

    public virtual Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) =>
        InnerDetector.DetectAsync(text, cancellationToken);
}
