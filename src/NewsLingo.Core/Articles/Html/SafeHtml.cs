using System.Text;
using Ganss.Xss;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// The one definition of the inline HTML an article block may carry: text, escaped, and only
/// <c>strong</c>, <c>b</c>, <c>em</c>, <c>i</c> and <c>a</c> with an http(s) or relative
/// <c>href</c>. Every block that leaves NewsLingo went through <see cref="Sanitize"/>, whatever
/// produced it (our parser, the caller's structure, a backend's answer), so a client may render it
/// as HTML.
/// </summary>
public static class SafeHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Plain text as HTML text: only what HTML requires is escaped (accented letters stay letters).</summary>
    public static string Encode(string text)
    {
        var first = text.AsSpan().IndexOfAny('&', '<', '>');
        if (first < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        html.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// <paramref name="html"/> reduced to the allowed inline markup: other elements give their text,
    /// scripts, styles, templates and comments are dropped, attributes other than a safe href go.
    /// </summary>
    public static string Sanitize(string html)
    {
        // Without '<' there is no markup to vet; a bare '&' is still escaped by the sanitizer's serializer.
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        // A disallowed element (span, div, font…) gives its text rather than losing it.
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        Allow(sanitizer.AllowedTags, "strong", "b", "em", "i", "a");
        Allow(sanitizer.AllowedAttributes, "href");
        Allow(sanitizer.UriAttributes, "href");
        Allow(sanitizer.AllowedSchemes, "http", "https");
        sanitizer.UriListAttributes.Clear();
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowDataAttributes = false;

        // Elements whose content is no text a reader sees go with their content, not only their tags.
        sanitizer.RemovingTag += (_, args) =>
        {
            if (NotText.Contains(args.Tag.LocalName))
            {
                args.Tag.InnerHtml = string.Empty;
            }
        };
        return sanitizer;
    }

    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "title", "head",
    };

    private static void Allow(ISet<string> set, params string[] values)
    {
        set.Clear();
        foreach (var value in values)
        {
            set.Add(value);
        }
    }
}
