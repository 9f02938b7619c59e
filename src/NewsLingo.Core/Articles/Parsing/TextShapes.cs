namespace NewsLingo.Core.Articles.Parsing;

/// <summary>What a line looks like: the cues that tell a subheading or a link title from a paragraph.</summary>
internal static class TextShapes
{
    private const string SentenceEnds = ".!?…:;»\"”)";

    public static bool EndsLikeASentence(string text) =>
        text.Length > 0 && SentenceEnds.Contains(text[^1], StringComparison.Ordinal);

    /// <summary>Short, starts with a capital or a digit, no closing punctuation, few words.</summary>
    public static bool LooksLikeAHeading(string text) =>
        text.Length is > 0 and <= 110
        && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '«' or '"')
        && !EndsLikeASentence(text)
        && !text.EndsWith(',')
        && WordCount(text) <= 14;

    /// <summary>A related article's title: short and not a sentence.</summary>
    public static bool LooksLikeALinkTitle(string text) =>
        text.Length is > 0 and <= 160 && !(text.EndsWith('.') || text.EndsWith('…'));

    /// <summary>A sentence of some length, or a long run of text: where an article's body has begun.</summary>
    public static bool IsProse(string text) =>
        text.Length >= 150 || (EndsLikeASentence(text) && WordCount(text) >= 6);

    /// <summary>A web address alone on its line ("https://www.example.com/news/…", "www.example.com").</summary>
    public static bool IsBareAddress(string text) =>
        (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        && !text.AsSpan().ContainsAny(' ', '\u00A0');

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
