using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory;

/// <summary>
/// An entry to store. Its scope is the store call's; its id and times are the store's to assign,
/// except for an import, which may carry the TMX's tuid and dates.
/// </summary>
public sealed record TranslationUnitDraft(
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    string SourceText,
    string TargetText,
    MemoryOrigin Origin)
{
    /// <summary>When its translation last changed; null: now, as <see cref="TranslationMemory"/> stores it.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    public LanguageDirection Direction => new(SourceLanguage, TargetLanguage);

    /// <summary>The article's id or canonical address.</summary>
    public string? ArticleId { get; init; }

    /// <summary>"title", "blocks[3]".</summary>
    public string? Element { get; init; }

    public string? Author { get; init; }

    /// <summary>When the entry was first made; <see cref="ChangedAt"/> when not given.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>An id to keep (a TMX tuid); used when no other entry of the scope has it, else a new id is made.</summary>
    public string? PreferredId { get; init; }
}
