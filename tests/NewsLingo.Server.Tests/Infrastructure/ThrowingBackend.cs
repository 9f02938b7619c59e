using NewsLingo.Core.Languages;
using NewsLingo.Core.Summarization;
using NewsLingo.Core.Translation;

namespace NewsLingo.Server.Tests.Infrastructure;

/// <summary>
/// An adapter of all three capabilities that throws whatever it is given on every call, as a vendor SDK
/// or a parser may: the stack must treat it as this backend's failure, whatever the type.
/// </summary>
internal sealed class ThrowingBackend(string name, Func<Exception> failure, bool directionsFail = false) : ITranslator, ISummarizer, ILanguageDetector
{
    private int _calls;

    public string Name => name;

    /// <summary>Calls that reached the adapter (translate, summarize, detect).</summary>
    public int Calls => Volatile.Read(ref _calls);

    public BackendLimits Limits => BackendLimits.Unbounded;

    public bool SupportsHtml => true;

    public IReadOnlyCollection<LanguageTag> SupportedLanguages { get; } = [LanguageTag.Parse("fr"), LanguageTag.Parse("en")];

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        directionsFail
            ? throw failure()
            : ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(LanguageTag.Parse("fr"), LanguageTag.Parse("en")), new(LanguageTag.Parse("fr"), LanguageTag.Parse("es"))]);

    public bool CanWriteIn(LanguageTag target) => true;

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) => await FailAsync<TranslationBatchResult>();

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) => await FailAsync<SummaryResult>();

    public async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) => await FailAsync<LanguageDetection>();

    private async Task<T> FailAsync<T>()
    {
        Interlocked.Increment(ref _calls);
        await Task.Yield();
        throw failure();
    }
}
