namespace NewsLingo.Server.Configuration;

/// <summary>The backend names in use after "auto" is resolved, and why, for the start-up log and health.</summary>
public sealed record SelectedBackends(string Translator, string Summarizer, string LanguageDetector, IReadOnlyList<string> Warnings);
