using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Reads what a page declares, best source first: JSON-LD (schema.org article), then OpenGraph and
/// <c>article:*</c> meta tags, <c>&lt;meta name=author&gt;</c>, <c>&lt;time datetime&gt;</c> and
/// <c>rel=author</c>. Runs on the page as parsed, before main-content detection changes it.
/// Visible patterns ("Par …", "Publié le …") are the assembler's, since they are in the body.
/// </summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdArticle.Find(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent), document.Title);
        var meta = MetaTags(document);

        var authors = jsonLd?.Authors is { Count: > 0 } declared ? declared : MetaAuthors(document, meta);
        var published = DeclaredDate.Parse(jsonLd?.Published)
            ?? DeclaredDate.Parse(Get(meta, "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date"))
            ?? DeclaredDate.Parse(TimeElement(document, published: true));
        var modified = DeclaredDate.Parse(jsonLd?.Modified)
            ?? DeclaredDate.Parse(Get(meta, "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"))
            ?? DeclaredDate.Parse(TimeElement(document, published: false));
        var siteName = Get(meta, "og:site_name", "application-name") ?? jsonLd?.Publisher;
        var canonical = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href") ?? Get(meta, "og:url") ?? jsonLd?.Url;
        var language = Language(jsonLd?.Language ?? document.DocumentElement?.GetAttribute("lang") ?? Get(meta, "content-language", "og:locale", "dc.language", "language"));

        var metaHeadline = Get(meta, "og:title", "twitter:title", "dc.title") ?? OnlyHeading(document);
        var byline = authors.Count > 0 ? string.Join(", ", authors) : null;
        var (visibleByline, visibleDateline) = VisibleCredits.Find(document);
        return new PageMetadata(
            jsonLd?.Headline,
            metaHeadline,
            Get(meta, "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"),
            byline,
            language,
            new ArticleMetadata(authors, published, modified, siteName, NullIfBlank(canonical)),
            visibleByline,
            visibleDateline);
    }

    /// <summary>A page without title metadata: its h1 when it has one (several h1s: the one in the article, not the logo's).</summary>
    private static string? OnlyHeading(IDocument document)
    {
        var headings = document.QuerySelectorAll("h1");
        var heading = headings.Length == 1 ? headings[0] : document.QuerySelector("article h1, main h1, [role=main] h1");
        var text = heading is null ? null : Parsing.PlainTextArticleParser.CollapseBlanks(heading.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Meta tags by lower-case property or name (first one wins), content decoded and trimmed.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                // "property" may hold several space-separated names ("og:title twitter:title").
                foreach (var key in (element.GetAttribute(attribute) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    tags.TryAdd(key, content);
                }
            }
        }

        return tags;
    }

    private static IReadOnlyList<string> MetaAuthors(IDocument document, Dictionary<string, string> meta)
    {
        // Readability's order, so bylines agree with the extractor most tools are measured against.
        var declared = Get(meta, "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "parsely-author", "article:author", "sailthru.author");
        if (declared is not null && !declared.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return [declared];
        }

        var linked = document.QuerySelector("[rel~='author']")?.TextContent.Trim();
        return string.IsNullOrEmpty(linked) || linked.Length > 100 ? [] : [linked];
    }

    private static string? TimeElement(IDocument document, bool published)
    {
        var selector = published
            ? "time[itemprop~='datePublished'][datetime], time[pubdate][datetime], [itemprop~='datePublished'][content], time[datetime]"
            : "time[itemprop~='dateModified'][datetime], [itemprop~='dateModified'][content]";
        var element = document.QuerySelector(selector);
        return element?.GetAttribute("datetime") ?? element?.GetAttribute("content");
    }

    /// <summary>"fr_FR" → "fr-FR"; anything that is not shaped like a language tag is no hint.</summary>
    private static string? Language(string? declared)
    {
        var tag = declared?.Trim().Replace('_', '-');
        return string.IsNullOrEmpty(tag) || tag.Length > 35 || !char.IsAsciiLetter(tag[0]) ? null : tag;
    }

    private static string? Get(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && value.Length > 0)
            {
                return System.Net.WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
