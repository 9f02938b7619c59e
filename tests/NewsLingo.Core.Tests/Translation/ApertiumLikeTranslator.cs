using NewsLingo.Core.Languages;
using NewsLingo.Core.Translation;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Tests.Translation;

/// <summary>
/// A plain-text backend that treats text as a rule-based engine does: it translates known words
/// (and mistranslates names: "Marchand" is a merchant to it), marks unknown words, and pads the
/// placeholders it meets with spaces and an unknown-word mark.
/// </summary>
internal sealed class ApertiumLikeTranslator : ITranslator
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Le"] = "El", ["maire"] = "alcalde", ["a"] = "ha", ["parlé"] = "hablado", ["avec"] = "con", ["Sophie"] = "Sophie",
        ["Marchand"] = "Comerciante", ["de"] = "de", ["la"] = "la", ["gare"] = "estación", ["Part-Dieu"] = "Marcha-Dios",
    };

    public List<TranslationBatch> Batches { get; } = [];

    public string Name => "apertium-like";

    public BackendLimits Limits => new(10_000, 100, 2);

    public bool SupportsHtml => false;

    public ValueTask<IReadOnlyCollection<LanguageDirection>> GetSupportedDirectionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyCollection<LanguageDirection>>([new(LanguageTag.Parse("fr"), LanguageTag.Parse("es"))]);

    public Task<TranslationBatchResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        lock (Batches)
        {
            Batches.Add(batch);
        }

        var segments = batch.Segments
            .Select(segment => new TranslatedSegment(string.Concat(System.Text.RegularExpressions.Regex.Split(segment, @"(⟦\d+⟧|\s+)").Select(Translate))))
            .ToList();
        return Task.FromResult(new TranslationBatchResult(segments, new BackendUsage(Name, batch.CharacterCount, 1)));
    }

    private static string Translate(string word)
    {
        if (word.Length == 0 || char.IsWhiteSpace(word[0]))
        {
            return word;
        }

        if (word.StartsWith('⟦'))
        {
            return "*⟦ " + word[1..];
        }

        var core = word.TrimEnd('.', ',');
        var tail = word[core.Length..];
        if (core.Length == 0)
        {
            return word;
        }

        return (Words.TryGetValue(core, out var translated) ? translated : "*" + core) + tail;
    }
}
