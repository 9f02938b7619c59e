namespace NewsLingo.Backends.Azure.Client;

/// <summary>One element of a /detect answer (alternatives carry no alternatives of their own).</summary>
internal sealed record DetectedLanguage(string Language, double Score, bool IsTranslationSupported, IReadOnlyList<DetectedLanguage> Alternatives);
