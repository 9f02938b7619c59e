using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory.Alignment;

namespace NewsLingo.Core.Memory.Corrections;

/// <summary>What a corrected element became in the memory.</summary>
/// <param name="SourceLanguage">The article's language (given or detected, as ProcessArticle decides it).</param>
/// <param name="SourceText">The element's source text, as NewsLingo read it (plain text).</param>
/// <param name="Alignment">The pairs found and how.</param>
/// <param name="Stored">What each pair became in the memory.</param>
public sealed record ElementCorrectionResult(ResolvedLanguage SourceLanguage, string SourceText, SegmentAlignment Alignment, IReadOnlyList<StoredUnit> Stored);
