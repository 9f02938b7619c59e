using System.Text;
using CsCheck;

namespace NewsLingo.Testing.Fuzzing;

/// <summary>
/// CsCheck generators of hostile HTML: real pages mangled (<see cref="PageMutation"/>) and random tag
/// soup built from the pieces news pages and hostile pages are made of. Every case is a function of
/// its seed, so the seed CsCheck prints on a failure replays it (<see cref="Budget"/> says how).
/// </summary>
public static class HtmlFuzz
{
    private static readonly string[] Tags =
    [
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template", "div", "p", "span", "a", "article", "main", "section", "aside", "nav",
        "header", "footer", "h1", "h2", "h3", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "caption", "figure", "figcaption", "img",
        "picture", "source", "video", "iframe", "object", "embed", "form", "input", "button", "select", "option", "textarea", "blockquote", "pre", "code", "strong", "b", "em",
        "i", "br", "hr", "time", "address", "svg", "math", "frameset", "frame", "xmp", "plaintext", "details", "summary", "fieldset", "label", "font", "center", "marquee",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"article-body\"", "class=\"content\"", "class=\"post entry\"", "class=\"comments comment-list\"", "class=\"sidebar\"", "class=\"share social\"",
        "class=\"byline author\"", "class=\"hidden\"", "class=\"caption\"", "class=\"ad advert\"", "class=\"related\"", "class=\"footer\"", "class=\"menu nav\"",
        "id=\"main\"", "id=\"article\"", "id=\"comments\"", "id=\"ad-top\"", "id=\"\"", "class=\"\"", "class", "id", "hidden", "aria-hidden=\"true\"", "style=\"display:none\"",
        "style=\"visibility:hidden\"", "role=\"navigation\"", "role=\"main\"", "rel=\"author\"", "itemprop=\"articleBody\"", "href=\"#top\"", "href=\"https://example.org/a\"",
        "href=\"javascript:alert(1)\"", "href=\"\"", "src=\"x.jpg\"", "datetime=\"2026-04-08T18:05:00+02:00\"", "datetime=\"yesterday\"", "lang=\"fr\"", "lang=\"\"",
        "property=\"og:title\" content=\"Titre\"", "name=\"author\" content=\"Claire Vasseur\"", "property=\"article:published_time\" content=\"2026-13-45\"",
        "type=\"application/ld+json\"", "onerror=\"alert(1)\"", "class='a\"b'", "class=a\u0000b", "id=\"&#xD800;\"",
    ];

    private static readonly string[] Texts =
    [
        "Le conseil municipal a voté, mardi soir, le budget de la ville.", "The council voted, on Tuesday, to close the bridge, citing safety.", "Par Claire Vasseur",
        "Publié le 8 avril 2026 à 18h05", "By Jane Doe, Updated 35 minutes ago", "Partager", "Lire aussi", "PUBLICITÉ", "Abonnez-vous", "Cookies", "©", "38 milliards d’euros",
        "4,6 % du PIB", "« Nous avons tenu », a-t-il dit.", "日本語の記事、です。", "مقال، عربي", "   ", "\n\n", "\t", "x", "&amp;", "&lt;script&gt;", "&nbsp;", "&#8217;",
        "{\"@type\":\"NewsArticle\",\"headline\":\"Titre\",\"author\":{\"name\":\"A\"}}", "{\"@graph\":[{\"@type\":\"Article\"}]}", "<![CDATA[", "]]>", "<!--", "-->",
    ];

    private static readonly Gen<PageMutation> Mutation = Gen.Select(
        Gen.Frequency((4, Gen.Const(MutationKind.CutAtByte)), (8, Gen.Enum<MutationKind>())),
        Gen.Int[0, 1_000_000],
        Gen.Int[0, 1 << 20],
        Gen.Int[0, int.MaxValue],
        (kind, at, count, seed) => new PageMutation(kind, at, count, seed));

    /// <summary>A page of the corpus with one to four mutations applied in order.</summary>
    public static Gen<FuzzPage> MutatedPages(PageCorpus corpus) => Gen.Select(
        Gen.Int[0, corpus.Count - 1],
        Mutation.Array[1, 4],
        (page, mutations) =>
        {
            var html = corpus.Html(page);
            foreach (var mutation in mutations)
            {
                html = mutation.Apply(html);
            }

            return new FuzzPage($"{corpus.Name(page)}: {string.Join("; ", mutations.Select(m => m.ToString()))}", html);
        });

    /// <summary>Random tag soup: tags of every kind, open and closed in any order, with the attributes content detection reads, text, entities and junk.</summary>
    public static Gen<FuzzPage> TagSoup { get; } = Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 400]
        .Select(tokens =>
        {
            var html = new StringBuilder();
            foreach (var (kind, a, b) in tokens)
            {
                switch (kind)
                {
                    case <= 2:
                        html.Append('<').Append(Tags[a % Tags.Length]);
                        for (var n = 0; n < b % 4; n++)
                        {
                            html.Append(' ').Append(Attributes[(a / (n + 7) + b / (n + 3)) % Attributes.Length]);
                        }

                        html.Append(b % 11 == 0 ? "/>" : ">");
                        break;
                    case 3 or 4:
                        html.Append("</").Append(Tags[a % Tags.Length]).Append('>');
                        break;
                    case 5 or 6 or 7:
                        html.Append(Texts[a % Texts.Length]);
                        break;
                    case 8:
                        html.Append(PageMutation.Junk[a % PageMutation.Junk.Length]);
                        break;
                    default:
                        html.Append((char)(a % 0xD800));
                        break;
                }
            }

            return new FuzzPage($"tag soup of {tokens.Length} tokens", html.ToString());
        });

    /// <summary>Mangled real pages, and one case in four random tag soup.</summary>
    public static Gen<FuzzPage> Pages(PageCorpus corpus) => Gen.Frequency((3, MutatedPages(corpus)), (1, TagSoup));
}
