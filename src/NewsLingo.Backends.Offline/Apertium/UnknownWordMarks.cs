namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// Apertium marks a word it could not analyse with <c>*</c>, one it could not transfer with
/// <c>@</c> and one it could not generate with <c>#</c>. The marks are taken out of the text and
/// the words reported, unless the source itself had that mark on that word.
/// </summary>
internal static class UnknownWordMarks
{
    public static string Strip(string translated, string source, List<string> unknownWords)
    {
        var builder = new System.Text.StringBuilder(translated.Length);
        for (var i = 0; i < translated.Length; i++)
        {
            var c = translated[i];
            if (IsMark(c) && (i == 0 || !char.IsLetterOrDigit(translated[i - 1])))
            {
                var wordStart = i;
                while (wordStart < translated.Length && IsMark(translated[wordStart]))
                {
                    wordStart++;
                }

                var wordEnd = wordStart;
                while (wordEnd < translated.Length && (char.IsLetterOrDigit(translated[wordEnd]) || translated[wordEnd] is '-' or '\''))
                {
                    wordEnd++;
                }

                if (wordEnd > wordStart && !source.Contains(translated.AsSpan(i, wordEnd - i), StringComparison.Ordinal))
                {
                    var word = translated[wordStart..wordEnd];
                    if (!unknownWords.Contains(word))
                    {
                        unknownWords.Add(word);
                    }

                    builder.Append(word);
                    i = wordEnd - 1;
                    continue;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsMark(char c) => c is '*' or '#' or '@';
}
