using NewsLingo.Contracts.V1;

namespace NewsLingo.LoadClient;

/// <summary>The Translate request every load call sends (the benchmarks in bench/NewsLingo.Bench compile this file too).</summary>
public static class LoadShape
{
    public static TranslateRequest TranslateRequest() => new()
    {
        Texts =
        {
            "Le conseil municipal a adopté mardi soir le budget primitif pour l'année prochaine.",
            "Les investissements porteront surtout sur la rénovation des écoles et la voirie.",
        },
        SourceLanguage = "fr",
        TargetLanguages = { "en" },
    };
}
