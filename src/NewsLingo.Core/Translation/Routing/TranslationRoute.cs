using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation.Routing;

/// <summary>One routing rule: a source → target pattern ("fr" → "es", "*" for any) and the translator it sends there.</summary>
/// <param name="Source">A language ("fr", matched on its primary subtag unless it has a region) or "*".</param>
/// <param name="Target">Likewise for the target.</param>
/// <param name="Translator">The enabled translator that serves the matching directions.</param>
/// <param name="Fallbacks">Translators that serve, in order, when it fails or changes facts; empty: the translator's own.</param>
public sealed record TranslationRoute(string Source, string Target, string Translator, IReadOnlyList<string> Fallbacks)
{
    public const string Any = "*";

    public bool Matches(LanguageDirection direction) => Matches(Source, direction.Source) && Matches(Target, direction.Target);

    public override string ToString() => $"{Source}-{Target} → {Translator}" + (Fallbacks.Count > 0 ? $" (then {string.Join(", ", Fallbacks)})" : string.Empty);

    private static bool Matches(string pattern, LanguageTag tag) =>
        pattern == Any
        || string.Equals(pattern, tag.Value, StringComparison.OrdinalIgnoreCase)
        || (!pattern.Contains('-', StringComparison.Ordinal) && string.Equals(pattern, tag.Language, StringComparison.OrdinalIgnoreCase));
}
