namespace NewsLingo.Core.Translation;

/// <summary>A glossary term as a backend that protects terms itself receives it, for the batch's target.</summary>
/// <param name="Term">The term as the glossary writes it (it stands in the text as a whole word, in any case).</param>
/// <param name="Translation">The translation to force; null: keep the term as written.</param>
public sealed record BatchTerm(string Term, string? Translation)
{
    /// <summary>True when the term must stay as the source writes it.</summary>
    public bool IsKept => Translation is null;
}
