using System.Text.RegularExpressions;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Fakes;

/// <summary>
/// Deterministic detector by function words: cheap, model-free, and honest on short text (a single
/// name matches no function word and comes back undetermined).
/// </summary>
public sealed partial class FakeLanguageDetector(FaultInjector faults) : ILanguageDetector
{
    public const string BackendName = "fake";

    /// <summary>Below this many function words a text is too short to call.</summary>
    private const int MinimumEvidence = 3;

    private static readonly Dictionary<LanguageTag, HashSet<string>> FunctionWords = new()
    {
        [LanguageTag.Parse("fr")] = Words("le la les des du un une et est sont dans pour avec sur par au aux ce cette qui que ne pas été avoir annonce depuis lors"),
        [LanguageTag.Parse("en")] = Words("the of and to in is are was were for with on by that this from has have been it an as at"),
        [LanguageTag.Parse("es")] = Words("el los las del y es son en para con por que una un se al lo como pero fue está"),
        [LanguageTag.Parse("de")] = Words("der die das und ist sind ein eine mit für auf von zu den dem nicht auch sich im"),
        [LanguageTag.Parse("it")] = Words("il lo gli della delle dei e è sono per con che una un non del nel alla anche"),
        [LanguageTag.Parse("pt")] = Words("o os as do da dos das e é são em para com por que uma um não no na ao"),
        [LanguageTag.Parse("nl")] = Words("de het een en is zijn van voor met op dat die niet ook aan bij naar"),
        [LanguageTag.Parse("ca")] = Words("el els les dels i és són amb per que una un al no també del seva aquest"),
    };

    public string Name => BackendName;

    public IReadOnlyCollection<LanguageTag> SupportedLanguages { get; } = FunctionWords.Keys.ToList();

    public async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        await faults.BeforeCallAsync(Name, cancellationToken).ConfigureAwait(false);
        var tokens = Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var scores = FunctionWords
            .Select(kv => (Language: kv.Key, Hits: tokens.Count(kv.Value.Contains)))
            .Where(s => s.Hits > 0)
            .OrderByDescending(s => s.Hits)
            .ThenBy(s => s.Language.Value, StringComparer.Ordinal)
            .ToList();
        var total = scores.Sum(s => s.Hits);
        if (total == 0)
        {
            return LanguageDetection.Undetermined;
        }

        // Evidence scales confidence down on short texts: two function words prove little.
        var evidence = Math.Min(1.0, (double)total / (MinimumEvidence * 2));
        var candidates = scores.Select(s => new LanguageCandidate(s.Language, Math.Round((double)s.Hits / total * evidence, 3))).ToList();
        return new LanguageDetection(candidates[0].Language, candidates[0].Confidence, candidates.Skip(1).ToList());
    }

    private static HashSet<string> Words(string words) => [.. words.Split(' ')];

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
