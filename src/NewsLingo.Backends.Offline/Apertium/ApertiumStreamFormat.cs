using System.Text;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>
/// Apertium's plain-text stream format, done in process instead of by a pair of
/// <c>apertium-destxt</c>/<c>apertium-retxt</c> processes per request: special characters are
/// escaped, whitespace other than one space travels in "superblanks" (<c>[\n]</c>) that the
/// pipeline copies through untouched, and every request ends with <c>.[]</c> as destxt ends it,
/// so the tagger sees a sentence end and flushes.
/// </summary>
internal static class ApertiumStreamFormat
{
    private const string Escaped = "[]\\^$/@<>{}";

    public static string Deformat(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                // '\0' ends a request in null-flush mode: one inside a text would cut it in two and
                // desynchronise the pipeline. No other control character is text either.
                continue;
            }

            if (char.IsWhiteSpace(c) && !(c == ' ' && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1]))))
            {
                var end = i;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                builder.Append('[').Append(text, i, end - i).Append(']');
                i = end - 1;
            }
            else if (c == '~')
            {
                // lt-proc reads '~' as a join mark; destxt hides it in a superblank too.
                builder.Append("[~]");
            }
            else
            {
                if (Escaped.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.Append(".[]").ToString();
    }

    public static string Reformat(string stream)
    {
        // The ".[]" the request ended with comes back as the last thing: drop it, as retxt does.
        var end = stream.Length;
        if (stream.EndsWith("[]", StringComparison.Ordinal))
        {
            end -= 2;
        }

        if (end > 0 && stream[end - 1] == '.')
        {
            end--;
        }

        var builder = new StringBuilder(end);
        var inSuperblank = false;
        for (var i = 0; i < end; i++)
        {
            var c = stream[i];
            if (c == '\\' && i + 1 < end)
            {
                builder.Append(stream[++i]);
            }
            else if (c == '[' && !inSuperblank)
            {
                inSuperblank = true;
            }
            else if (c == ']' && inSuperblank)
            {
                inSuperblank = false;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
