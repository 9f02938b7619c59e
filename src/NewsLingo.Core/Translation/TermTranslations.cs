using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A glossary entry's translations per target, read by the one set of rules that a request's
/// glossary and a deployment's glossary file share: each key a well-formed BCP-47 tag, each
/// translation non-blank. Callers report the violations in their own way (a field violation, a
/// file error).
/// </summary>
/// <param name="ByTarget">The valid translations by normalized tag (any case), trimmed; null when there were none to read.</param>
/// <param name="Violations">Every key or translation that breaks a rule, in the order given.</param>
public sealed record TermTranslations(IReadOnlyDictionary<string, string>? ByTarget, IReadOnlyList<TermTranslationViolation> Violations)
{
    private static readonly TermTranslations None = new(null, []);

    /// <summary>Reads <paramref name="translations"/> (target tag → translation), keeping the valid ones and listing the others.</summary>
    public static TermTranslations Read(IEnumerable<KeyValuePair<string, string?>> translations)
    {
        Dictionary<string, string>? byTarget = null;
        List<TermTranslationViolation>? violations = null;
        foreach (var (tag, text) in translations)
        {
            byTarget ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (!LanguageTag.TryParse(tag, out var target))
            {
                (violations ??= []).Add(new TermTranslationViolation(tag, ErrorReasonCodes.InvalidLanguageCode, $"'{tag}' is not a BCP-47 language tag; key each translation by its target language (\"en\", \"pt-BR\")."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                (violations ??= []).Add(new TermTranslationViolation(tag, ErrorReasonCodes.FieldRequired, $"The translation for '{tag}' is empty; leave the target out to keep the term there."));
                continue;
            }

            byTarget[target.Value] = text.Trim();
        }

        return byTarget is null ? None : new TermTranslations(byTarget, violations ?? (IReadOnlyList<TermTranslationViolation>)[]);
    }
}
