using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Microsoft Translator's documented term markup (<see cref="TermProtection.TranslatorMarkup"/>):
/// writing it for a term, and taking out of an answer what the service may echo of it.
/// </summary>
internal static partial class TranslatorTermMarkup
{
    /// <summary>Marks our notranslate spans, so a span the article itself holds is left alone.</summary>
    private const string OwnSpan = """<span class="notranslate" data-newslingo-term="">""";

    /// <summary>
    /// A forced translation as the dynamic dictionary (plain text and HTML alike); a term kept as
    /// written as a notranslate span in HTML, and as a dictionary entry to itself in plain text.
    /// </summary>
    public static string For(string term, string? forced, bool html)
    {
        if (forced is null && html)
        {
            return OwnSpan + term + "</span>";
        }

        return $"""<mstrans:dictionary translation="{WebUtility.HtmlEncode(forced ?? term)}">{term}</mstrans:dictionary>""";
    }

    /// <summary>The answer without our spans (their text kept) and without any dictionary element the service returned (its translation kept).</summary>
    public static string Remove(string answer)
    {
        if (!answer.Contains("mstrans:dictionary", StringComparison.OrdinalIgnoreCase) && !answer.Contains("data-newslingo-term", StringComparison.Ordinal))
        {
            return answer;
        }

        answer = Dictionary().Replace(answer, m => WebUtility.HtmlDecode(m.Groups["translation"].Value));
        return Span().Replace(answer, "${text}");
    }

    [GeneratedRegex("""<mstrans:dictionary\s+translation="(?<translation>[^"]*)"\s*>.*?</mstrans:dictionary>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Dictionary();

    [GeneratedRegex("""<span class="notranslate" data-newslingo-term(?:="")?>(?<text>.*?)</span>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
