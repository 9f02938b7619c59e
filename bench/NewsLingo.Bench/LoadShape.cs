using NewsLingo.Contracts.V1;

namespace NewsLingo.Bench;

/// <summary>The Translate request the load test sends (kept in step with bench/NewsLingo.LoadClient).</summary>
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
