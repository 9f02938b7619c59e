using System.Text;

namespace NewsLingo.Bench.InputSize;

/// <summary>Text and pages of a given size, in French with accents, typographic quotes and an emoji per paragraph, or in plain ASCII.</summary>
internal static class Inputs
{
    private const string French = "Le conseil municipal a voté mardi soir, par 31 voix contre 12, un budget de 38 milliards d’euros qui prévoit la rénovation des écoles, « une priorité absolue » selon la maire 😀. Les élus de l’opposition ont dénoncé une hausse de 4,6 % des impôts locaux, jugée « injuste » pour les ménages modestes, et réclamé un audit indépendant des dépenses engagées depuis 2024.";

    private const string English = "The city council voted on Tuesday evening, by 31 votes to 12, for a budget of 38 billion euros that plans the renovation of schools, \"an absolute priority\" according to the mayor. Opposition members denounced a rise of 4.6 percent in local taxes, judged \"unfair\" to modest households, and called for an independent audit of the spending committed since 2024.";

    public static string Paragraph(bool nonAscii) => nonAscii ? French : English;

    /// <summary>Paragraphs separated by blank lines, cut to <paramref name="characters"/> at a sentence end where one is near.</summary>
    public static string Text(int characters, bool nonAscii)
    {
        var text = new StringBuilder(characters + French.Length);
        while (text.Length < characters)
        {
            text.Append(Paragraph(nonAscii)).Append("\n\n");
        }

        // Never between the two halves of an emoji.
        var length = char.IsHighSurrogate(text[characters - 1]) ? characters - 1 : characters;
        return text.ToString(0, length).TrimEnd();
    }

    /// <summary>Paragraphs of about <paramref name="characters"/> characters in all.</summary>
    public static List<string> Paragraphs(int characters, bool nonAscii)
    {
        var count = Math.Max(1, characters / (Paragraph(nonAscii).Length + 1));
        return [.. Enumerable.Repeat(Paragraph(nonAscii), count)];
    }

    /// <summary>An HTML fragment of paragraphs with inline markup, about <paramref name="characters"/> long.</summary>
    public static string HtmlText(int characters, bool nonAscii)
    {
        var unit = $"<p>{Paragraph(nonAscii).Replace("38", "<strong>38</strong>", StringComparison.Ordinal)} <a href=\"https://example.org/budget\">budget</a></p>\n";
        var html = new StringBuilder(characters + unit.Length);
        while (html.Length + unit.Length <= characters)
        {
            html.Append(unit);
        }

        return html.ToString();
    }

    /// <summary>
    /// A news page of <paramref name="units"/> sections of about 31 KB each: a paragraph of the article, a teaser
    /// link, and 30 KB of inline script, as real pages carry megabytes of script around tens of KB of text.
    /// At 256 sections the page is just under 8 MiB with 100,000 characters of text: the largest the limits allow.
    /// </summary>
    public static string Page(int units, bool nonAscii)
    {
        var script = "<script>var tracking = [" + string.Concat(Enumerable.Repeat("\"0123456789abcdef0123456789abcdef\",", 860)) + "];</script>\n";
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Budget : le conseil municipal vote | Le Quotidien</title></head><body>");
        page.Append("<header><nav><a href=\"/\">Accueil</a> <a href=\"/politique\">Politique</a></nav></header><article><h1>Budget : le conseil municipal vote</h1>");
        for (var i = 0; i < units; i++)
        {
            page.Append("<p>").Append(Paragraph(nonAscii)).Append("</p>\n");
            page.Append("<div class=\"related\"><a href=\"/article/").Append(i).Append("\">Lire aussi : un autre article du site</a></div>\n");
            page.Append(script);
        }

        return page.Append("</article><footer>© Le Quotidien</footer></body></html>").ToString();
    }
}
