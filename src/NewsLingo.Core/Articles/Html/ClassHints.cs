using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// What an element's class and id say about it, in the vocabulary sites use everywhere (Readability's
/// published lists, the field's common knowledge): chrome that is unlikely to hold the article, words
/// that weigh for or against an element as the article's container, and the marks of a byline.
/// </summary>
internal static partial class ClassHints
{
    /// <summary>Points for or against an element as the container, per attribute (class, id) that speaks.</summary>
    private const int Weight = 25;

    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    };

    /// <summary>Chrome (menus, comments, sidebars, share bars), unless the same words also say "article" or "content".</summary>
    public static bool IsUnlikely(IElement element)
    {
        if (element.LocalName is "body" or "a" or "article" or "main")
        {
            return false;
        }

        if (element.GetAttribute("role") is { } role && UnlikelyRoles.Contains(role))
        {
            return true;
        }

        var marks = Marks(element);
        return marks.Length > 0 && Unlikely().IsMatch(marks) && !MaybeContent().IsMatch(marks);
    }

    /// <summary>Not shown to a reader: <c>hidden</c>, <c>aria-hidden</c>, or an inline style that hides it.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") == "true" && element.ClassName?.Contains("fallback-image", StringComparison.Ordinal) != true)
        {
            return true;
        }

        return element.GetAttribute("style") is { Length: > 0 } style && HidingStyle().IsMatch(style);
    }

    /// <summary>
    /// Readers' comments, by the element's class or id (not "comments-open" on an article's own container): never the
    /// article, however long, so a retry for a short article does not trade it for them. (Sidebars and related stories
    /// are not treated so: "sidebar" also names layouts that hold the article.)
    /// </summary>
    public static bool IsComments(IElement element)
    {
        if (element.LocalName is "body" or "article" or "main")
        {
            return false;
        }

        var marks = Marks(element);
        return marks.Length > 0 && Comments().IsMatch(marks) && !MaybeContent().IsMatch(marks);
    }

    /// <summary>+25 per attribute whose words say article or content, −25 per attribute that says chrome.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        if (element.ClassName is { Length: > 0 } className)
        {
            weight += AttributeWeight(className);
        }

        if (element.Id is { Length: > 0 } id)
        {
            weight += AttributeWeight(id);
        }

        return weight;
    }

    /// <summary>The element the page marks as the author's line (rel=author, itemprop=author, a byline class).</summary>
    public static bool IsByline(IElement element)
    {
        if (element.GetAttribute("rel") == "author" || element.GetAttribute("itemprop")?.Contains("author", StringComparison.Ordinal) == true)
        {
            return true;
        }

        var marks = Marks(element);
        return marks.Length > 0 && Byline().IsMatch(marks);
    }

    private static int AttributeWeight(string value) =>
        (Negative().IsMatch(value) ? -Weight : 0) + (Positive().IsMatch(value) ? Weight : 0);

    private static string Marks(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        return string.IsNullOrEmpty(id) ? className ?? string.Empty : string.IsNullOrEmpty(className) ? id : className + " " + id;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra(?!it)|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|outbrain|taboola", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|contenu|main|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|corps|chapo|contenu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"comment|disqus|replies|reactions|reacties|kommentar", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();

    [GeneratedRegex(@"byline|author|writtenby|p-author|signature|auteur", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HidingStyle();
}
