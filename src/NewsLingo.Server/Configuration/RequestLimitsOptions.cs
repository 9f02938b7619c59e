using System.ComponentModel.DataAnnotations;

namespace NewsLingo.Server.Configuration;

/// <summary>What one request may ask for. Callers see these numbers in INVALID_ARGUMENT messages.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "NewsLingo:Limits";

    /// <summary>Texts in one Translate call. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxTexts { get; set; } = 100;

    /// <summary>Target languages in one call. Default 10.</summary>
    [Range(1, 100)]
    public int MaxTargets { get; set; } = 10;

    /// <summary>Characters in one text (Translate, Summarize, DetectLanguage). Default 50,000.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextCharacters { get; set; } = 50_000;

    /// <summary>Characters in all texts of one Translate call. Default 200,000.</summary>
    [Range(1, 100_000_000)]
    public int MaxRequestCharacters { get; set; } = 200_000;

    /// <summary>
    /// Characters of text in one article: the text or all structured fields as sent, or the text read
    /// out of an HTML page (markup, scripts and menus do not count). Default 200,000.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaxArticleCharacters { get; set; } = 200_000;

    /// <summary>
    /// Bytes (UTF-8) of one HTML page, markup included. Default 8 MiB: real news pages run to 1–3 MiB
    /// of scripts and styles around 10–30 KB of article. The gRPC and HTTP receive limits are raised to
    /// fit it (see <see cref="GrpcTransportOptions.MaxReceiveMessageBytes"/>).
    /// </summary>
    [Range(1024, 128 * 1024 * 1024)]
    public int MaxHtmlBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// How deep one HTML page may nest its elements, estimated from its tags before parsing. Default 256:
    /// real news pages nest under 50 levels, and parsing and reading cost more than linear time in the depth.
    /// </summary>
    [Range(50, 100_000)]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>
    /// Elements (start tags) in one HTML page, counted before parsing. Default 50,000: real news pages have
    /// under 10,000, and reading costs time per element, so megabytes of bare tags would hold a core for seconds.
    /// </summary>
    [Range(1_000, 10_000_000)]
    public int MaxHtmlElements { get; set; } = 50_000;

    /// <summary>Glossary entries in one call. Default 200.</summary>
    [Range(0, 100_000)]
    public int MaxGlossaryEntries { get; set; } = 200;

    /// <summary>Sentences a summary may ask for. Default 20.</summary>
    [Range(1, 1000)]
    public int MaxSummarySentences { get; set; } = 20;

    /// <summary>Words a summary may ask for. Default 500.</summary>
    [Range(5, 100_000)]
    public int MaxSummaryWords { get; set; } = 500;

    /// <summary>Articles of one ProcessArticles stream processed at once. Default 4.</summary>
    [Range(1, 256)]
    public int MaxConcurrentArticlesPerStream { get; set; } = 4;
}
