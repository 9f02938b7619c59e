using System.Text.Json;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The schema.org article a page describes in JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>):
/// the first object typed NewsArticle, Article, ReportageNewsArticle or another article type, looked
/// for in arrays and <c>@graph</c>. Malformed JSON-LD, common on real pages, is skipped, never fatal.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> Authors, string? Published, string? Modified, string? Language, string? Publisher, string? Url)
{
    private static readonly JsonDocumentOptions Tolerant = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    };

    /// <summary>The first article the scripts describe; <paramref name="documentTitle"/> settles which of its name and headline is the title when they differ.</summary>
    public static JsonLdArticle? Find(IEnumerable<string> scripts, string? documentTitle = null)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(Unwrapped(script), Tolerant);
                if (FindArticle(json.RootElement, depth: 0) is { } article)
                {
                    return Read(article, documentTitle);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is frequent (trailing garbage, unescaped quotes): the next source will do.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticle(element))
                {
                    return element;
                }

                foreach (var nested in new[] { "@graph", "mainEntity", "mainEntityOfPage" })
                {
                    if (element.TryGetProperty(nested, out var inner) && FindArticle(inner, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString()!)),
            _ => false,
        };
    }

    /// <summary>"NewsArticle", "schema:NewsArticle" or "https://schema.org/NewsArticle".</summary>
    private static bool IsArticleType(string type) => ArticleTypes.Contains(type[(type.LastIndexOfAny(['/', ':']) + 1)..]);

    /// <summary>Many CMSs wrap the JSON in a CDATA section or an HTML comment, for old XHTML parsers.</summary>
    private static string Unwrapped(string script)
    {
        var text = script.AsSpan().Trim();
        foreach (var (open, close) in new[] { ("<![CDATA[", "]]>"), ("<!--", "-->") })
        {
            if (text.StartsWith(open, StringComparison.Ordinal))
            {
                text = text[open.Length..];
                text = text.EndsWith(close, StringComparison.Ordinal) ? text[..^close.Length] : text;
                text = text.Trim();
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The headline, unless the name differs and is the one the page's &lt;title&gt; shows: some pages give their
    /// subject as name and a description as headline (an encyclopedia), others their site's name as name.
    /// </summary>
    private static string? Title(JsonElement article, string? documentTitle)
    {
        var headline = Text(article, "headline");
        var name = Text(article, "name");
        if (headline is null || name is null || headline == name || string.IsNullOrEmpty(documentTitle))
        {
            return headline ?? name;
        }

        var shown = documentTitle.Contains(name, StringComparison.OrdinalIgnoreCase) && !documentTitle.Contains(headline, StringComparison.OrdinalIgnoreCase);
        return shown ? name : headline;
    }

    private static JsonLdArticle Read(JsonElement article, string? documentTitle) => new(
        Title(article, documentTitle),
        Names(article, "author"),
        Text(article, "datePublished"),
        Text(article, "dateModified"),
        Text(article, "inLanguage"),
        Names(article, "publisher").FirstOrDefault(),
        Text(article, "url"));

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : System.Net.WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>"author": "X" | {"name": "X"} | [ … ] → the names, in order, without duplicates.</summary>
    private static IReadOnlyList<string> Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var names = new List<string>();
        void Add(JsonElement item)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            name = name is null ? null : System.Net.WebUtility.HtmlDecode(name).Trim();
            if (!string.IsNullOrEmpty(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(value);
        }

        return names;
    }
}
