using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Azure;

/// <summary>
/// Translator's languages at one point in time. Translator translates any of its languages into any
/// other, so the directions are every ordered pair of distinct languages.
/// </summary>
internal sealed class TranslatorLanguages
{
    public TranslatorLanguages(IReadOnlyList<LanguageTag> languages)
    {
        Languages = languages;
        var directions = new HashSet<LanguageDirection>(languages.Count * Math.Max(0, languages.Count - 1));
        foreach (var source in languages)
        {
            foreach (var target in languages)
            {
                if (!source.Equals(target))
                {
                    directions.Add(new LanguageDirection(source, target));
                }
            }
        }

        Directions = directions;
    }

    public IReadOnlyList<LanguageTag> Languages { get; }

    public IReadOnlyCollection<LanguageDirection> Directions { get; }
}
