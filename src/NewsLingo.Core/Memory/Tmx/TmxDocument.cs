namespace NewsLingo.Core.Memory.Tmx;

/// <summary>A TMX file read: its header, the pairs to store, and what was left out and why.</summary>
/// <param name="Header">The header.</param>
/// <param name="Units">One draft per source → target pair, in file order.</param>
/// <param name="TranslationUnits">How many &lt;tu&gt; the file holds.</param>
/// <param name="Skipped">Why a &lt;tu&gt; or a &lt;tuv&gt; gave nothing ("tu 12: no tuv in the source language fr-FR"), at most 100 reasons.</param>
/// <param name="SkippedCount">How many were skipped in all.</param>
public sealed record TmxDocument(TmxHeader Header, IReadOnlyList<TranslationUnitDraft> Units, int TranslationUnits, IReadOnlyList<string> Skipped, int SkippedCount);
