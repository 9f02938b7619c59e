using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Output;

/// <summary>
/// What the page declared about its article, as labelled lines ("Published: 2026-03-14 18:02Z"), one
/// per field present and none for an absent one. Metadata describes the article, not a language: the
/// server sends it once, on the source (translations carry the structure only), so every printed
/// translation shows the source's.
/// </summary>
public static class ArticleMetadataLines
{
    /// <summary>
    /// A Timestamp carries an instant in UTC and the page's own offset is gone by then, so times are
    /// printed in UTC, marked Z, to the minute as pages show them (JSON keeps the exact value).
    /// </summary>
    private const string TimeFormat = "yyyy-MM-dd HH:mm'Z'";

    /// <summary>The lines for <paramref name="source"/>; in Markdown a web address is a link.</summary>
    public static IReadOnlyList<(string Label, string Value)> From(SourceArticle? source, OutputFormat format)
    {
        var lines = new List<(string, string)>();
        if (source is null)
        {
            return lines;
        }

        var article = source.Article ?? new StructuredArticle();
        AddTime(lines, "Published", article.PublishedTime);
        AddTime(lines, "Updated", article.ModifiedTime);
        var authors = article.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (authors.Count > 0)
        {
            lines.Add(("Authors", string.Join(", ", authors)));
        }

        AddIfAny(lines, "Site", article.SiteName);
        AddIfAny(lines, "URL", format == OutputFormat.Markdown ? MarkdownAddress(article.CanonicalUrl) : article.CanonicalUrl);
        AddIfAny(lines, "Language declared", source.DeclaredLanguage);
        return lines;
    }

    private static string FormatTime(Timestamp timestamp) =>
        timestamp.ToDateTimeOffset().ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// An absolute http(s) address as a CommonMark autolink; anything else as the page wrote it (a
    /// relative "/x" in angle brackets would read as an HTML tag).
    /// </summary>
    private static string MarkdownAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !url.Any(c => c is '<' or '>' || char.IsWhiteSpace(c))
            ? $"<{url}>"
            : url;

    private static void AddTime(List<(string, string)> lines, string label, Timestamp? timestamp)
    {
        if (timestamp is not null)
        {
            lines.Add((label, FormatTime(timestamp)));
        }
    }

    private static void AddIfAny(List<(string, string)> lines, string label, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add((label, value));
        }
    }
}
