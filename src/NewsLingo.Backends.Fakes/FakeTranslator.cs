using Microsoft.Extensions.Options;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Backends.Fakes;

/// <summary>
/// Deterministic translator for tests and callers' CI: each segment comes back prefixed with its
/// target language ("[es] …"), every number, name and tag kept, segment count and order kept.
/// </summary>
public sealed class FakeTranslator(IOptions<FakeBackendOptions> options, FaultInjector faults) : ITranslator
{
    public const string BackendName = "fake";

    private readonly IReadOnlyCollection<LanguageDirection> _directions = AllPairs(options.Value.Languages);

    public string Name => BackendName;

    public BackendLimits Limits { get; } = new(options.Value.MaxCharactersPerRequest, options.Value.MaxSegmentsPerRequest, 4);

    public bool SupportsHtml => true;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_directions);

    public async Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        await faults.BeforeCallAsync(Name, cancellationToken).ConfigureAwait(false);
        var marker = $"[{batch.Target}] ";
        var figureFaults = options.Value.FigureFaultRate;
        var segments = batch.Segments.Select(s => new TranslatedSegment(marker + (figureFaults > 0 ? FigureFault.Apply(s, figureFaults) : s))).ToList();
        return new TranslationBatchResult(segments, new BackendUsage(Name, batch.CharacterCount, 1));
    }

    private static IReadOnlyCollection<LanguageDirection> AllPairs(IEnumerable<string> languages)
    {
        var tags = languages.Select(LanguageTag.Parse).Distinct().ToList();
        return (from s in tags from t in tags where s != t select new LanguageDirection(s, t)).ToList();
    }
}
