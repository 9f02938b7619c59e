namespace NewsLingo.Core.Memory.Tmx;

/// <summary>What a TMX file's header says about it.</summary>
/// <param name="SourceLanguage">srclang: a language tag, or "*all*" (any tuv may be the source).</param>
/// <param name="CreationTool">creationtool ("SDL Language Platform", "memoQ", "OmegaT").</param>
/// <param name="SegmentType">segtype: sentence, paragraph, phrase or block.</param>
/// <param name="DataType">datatype ("plaintext", "xml", "html", "unknown").</param>
public sealed record TmxHeader(string SourceLanguage, string? CreationTool, string? SegmentType, string? DataType)
{
    public const string AllLanguages = "*all*";
}
