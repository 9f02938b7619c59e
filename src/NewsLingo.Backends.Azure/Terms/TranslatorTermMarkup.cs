using System.Net;
using System.Text.RegularExpressions;

namespace NewsLingo.Backends.Azure.Terms;

/// <summary>
/// Microsoft Translator's documented term markup: writing it for a term, and taking out of an answer
/// what the service may echo of it. The dynamic dictionary is honoured only when one side of the
/// direction is English and the source is given (<see cref="AppliesTo"/>); elsewhere the terms are
/// NewsLingo's placeholders.
/// </summary>
internal static partial class TranslatorTermMarkup
{
    /// <summary>Marks our notranslate spans, so a span the article itself holds is left alone.</summary>
    private const string OwnSpan = """<span class="notranslate" data-newslingo-term="">""";

    /// <summary>
    /// True when Translator applies its dynamic dictionary to <paramref name="direction"/>. Microsoft's
    /// documentation: "The From and To languages must include English and another supported language",
    /// and <c>from</c> must be given (NewsLingo always gives it); for other pairs the forced translation
    /// is silently ignored.
    /// </summary>
    public static bool AppliesTo(Core.Languages.LanguageDirection direction) =>
        direction.Source.Language != direction.Target.Language && (direction.Source.Language == English || direction.Target.Language == English);

    private const string English = "en";

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
