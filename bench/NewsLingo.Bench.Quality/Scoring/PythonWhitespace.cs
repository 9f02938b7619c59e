namespace NewsLingo.Bench.Quality.Scoring;

/// <summary>
/// Whitespace as Python's <c>str.split()</c> and <c>str.rstrip()</c> see it, which is what sacrebleu
/// splits tokens and characters on. .NET's <see cref="char.IsWhiteSpace(char)"/> is the same set
/// except the four information separators U+001C–U+001F, which Python also counts.
/// </summary>
public static class PythonWhitespace
{
    public static bool Is(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    public static string[] Split(string text)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (Is(text[i]))
            {
                if (start >= 0)
                {
                    parts.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            parts.Add(text[start..]);
        }

        return [.. parts];
    }

    public static string TrimEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && Is(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    public static string RemoveAll(string text) => string.Concat(Split(text));
}
