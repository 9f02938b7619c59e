namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// Scraped French sometimes elides with a left quote ("L‘étau") where the pairs' dictionaries know
/// the apostrophe (’ or '): between two letters it is one, and Apertium then finds the word.
/// </summary>
internal static class TypographicApostrophes
{
    public static string Normalize(string text)
    {
        if (!text.Contains('\u2018', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (chars[i] == '\u2018' && char.IsLetter(chars[i - 1]) && char.IsLetter(chars[i + 1]))
            {
                chars[i] = '\u2019';
            }
        }

        return new string(chars);
    }
}
