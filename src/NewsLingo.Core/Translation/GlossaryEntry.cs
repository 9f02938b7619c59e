using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A protected term: kept as is, or forced to a translation, for every target or per target.
/// </summary>
/// <param name="Term">The term as the source writes it (matched whole-word, any case).</param>
/// <param name="Translation">The translation for every target without its own; null: keep the term.</param>
/// <param name="Translations">Translations per target language ("en" → "Palmyra", "es" → "Palmira"); a full tag ("pt-BR") wins over its language.</param>
public sealed record GlossaryEntry(string Term, string? Translation, IReadOnlyDictionary<string, string>? Translations = null)
{
    /// <summary>
    /// What the entry does for <paramref name="target"/>: force its translation there, keep the term
    /// (no translation anywhere), or nothing (an entry that names other targets only: this target
    /// translates the term as any other word).
    /// </summary>
    public AppliedTerm? For(LanguageTag target)
    {
        if (Translations is { Count: > 0 } perTarget)
        {
            if (perTarget.TryGetValue(target.Value, out var exact) || perTarget.TryGetValue(target.Language, out exact))
            {
                return new AppliedTerm(exact);
            }

            return Translation is null ? null : new AppliedTerm(Translation);
        }

        return new AppliedTerm(Translation);
    }
}
