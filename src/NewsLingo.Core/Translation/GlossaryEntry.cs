namespace NewsLingo.Core.Translation;

/// <summary>A protected term: kept as is when <paramref name="Translation"/> is null, else forced to that translation.</summary>
public sealed record GlossaryEntry(string Term, string? Translation);
