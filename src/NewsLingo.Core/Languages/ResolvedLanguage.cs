namespace NewsLingo.Core.Languages;

/// <summary>The source language a request is processed in: the caller's or a detected one.</summary>
public sealed record ResolvedLanguage(LanguageTag Language, bool Detected, double Confidence)
{
    public static ResolvedLanguage Given(LanguageTag language) => new(language, false, 1.0);
}
