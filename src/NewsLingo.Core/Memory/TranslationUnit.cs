using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Memory;

/// <summary>
/// One entry of a translation memory: a source segment and its approved translation, in plain text
/// (no markup, no entities), for one direction within one scope. There is at most one entry per
/// scope, direction and source segment (as <see cref="MemoryText.Normalize"/> compares them): a later
/// translation of the same segment replaces the earlier one.
/// </summary>
/// <param name="Id">The entry's id within its scope (NewsLingo's, or the tuid of the TMX it came from).</param>
/// <param name="Scope">Whose memory it is.</param>
/// <param name="SourceLanguage">The source segment's language, as given ("fr", "fr-FR").</param>
/// <param name="TargetLanguage">The translation's language.</param>
/// <param name="SourceText">The source segment.</param>
/// <param name="TargetText">The approved translation.</param>
/// <param name="ArticleId">The article it was corrected in: the caller's id or the canonical address; null when unknown.</param>
/// <param name="Element">Where in the article: "title", "blocks[3]"; null when unknown.</param>
/// <param name="Author">Who corrected or created it; null when unknown.</param>
/// <param name="Origin">A correction or an import.</param>
/// <param name="CreatedAt">When the entry was first stored (or the TMX's creation date).</param>
/// <param name="ChangedAt">When its translation last changed (or the TMX's change date).</param>
public sealed record TranslationUnit(
    string Id,
    MemoryScope Scope,
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    string SourceText,
    string TargetText,
    string? ArticleId,
    string? Element,
    string? Author,
    MemoryOrigin Origin,
    DateTimeOffset CreatedAt,
    DateTimeOffset ChangedAt)
{
    public LanguageDirection Direction => new(SourceLanguage, TargetLanguage);
}
