namespace NewsLingo.Core.Translation;

/// <summary>One target of a glossary entry's translations that breaks a rule of <see cref="TermTranslations"/>.</summary>
/// <param name="Tag">The key as given.</param>
/// <param name="Reason">UPPER_SNAKE code (<c>INVALID_LANGUAGE_CODE</c>, <c>FIELD_REQUIRED</c>).</param>
/// <param name="Description">What is wrong and what would be accepted.</param>
public sealed record TermTranslationViolation(string Tag, string Reason, string Description);
