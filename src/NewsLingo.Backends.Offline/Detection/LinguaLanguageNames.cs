using System.Globalization;
using Lingua;
using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Detection;

/// <summary>Maps configured language names (ISO 639-1 codes or English names) to Lingua's enum and back to tags.</summary>
internal static class LinguaLanguageNames
{
    public static bool TryResolve(string name, out Language language, out LanguageTag tag)
    {
        language = Language.Unknown;
        tag = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        name = name.Trim();
        if (LanguageTag.TryParse(name, out var parsed) && !parsed.HasSubtags && parsed.IsKnownLanguage())
        {
            // Lingua names its languages in English, as .NET's neutral cultures do.
            var englishName = CultureInfo.GetCultureInfo(parsed.Language, predefinedOnly: true).EnglishName;
            if (TryParseLingua(englishName, out language))
            {
                tag = parsed;
                return true;
            }
        }

        if (TryParseLingua(name, out var named))
        {
            language = named;
            var culture = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
                .FirstOrDefault(c => string.Equals(c.EnglishName, named.ToString(), StringComparison.OrdinalIgnoreCase) && c.Name.Length == 2);
            if (culture is not null && LanguageTag.TryParse(culture.Name, out tag))
            {
                return true;
            }
        }

        language = Language.Unknown;
        return false;
    }

    private static bool TryParseLingua(string name, out Language language) =>
        Enum.TryParse(name.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out language)
        && language != Language.Unknown
        && Enum.IsDefined(language);
}
