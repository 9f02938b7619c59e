using System.Collections.Frozen;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Articles;

/// <summary>Words that take a period without ending a sentence, per language (lower case, without the final period).</summary>
internal static class SentenceAbbreviations
{
    private static readonly string[] French =
    [
        "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "av", "apr", "j.-c", "etc", "cf", "p", "pp", "n°", "no",
        "vol", "chap", "éd", "env", "janv", "févr", "avr", "juill", "sept", "oct", "nov", "déc", "art", "al", "gén", "col", "cdt", "lt", "sgt",
        "bd", "av", "fig", "ex", "hab", "tél", "min", "max", "prés", "vs", "ca",
    ];

    private static readonly string[] English =
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
        "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "rev", "lt", "col",
        "sgt", "capt", "mt", "ft", "fig", "approx", "dept", "est", "al",
    ];

    private static readonly FrozenSet<string> FrenchSet = French.Concat(["u.s", "u.e", "o.n.u"]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> EnglishSet = English.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Both = French.Concat(English).ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> For(LanguageTag language) => language.Language switch
    {
        "fr" => FrenchSet,
        "en" => EnglishSet,
        _ => Both,
    };
}
