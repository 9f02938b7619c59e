using NewsLingo.Core.Errors;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsLingo.Server.Validation;

/// <summary>
/// What every request text goes through before anything else reads it, for every RPC and both
/// transports: control characters (NUL among them, the Apertium pipeline's frame separator) are
/// removed, C1 controls become the Windows-1252 characters they stand for, and an unpaired
/// surrogate is refused. The common case, clean text, costs one vectorized scan and no allocation.
/// </summary>
public static class TextHygiene
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(SuspectCharacters());

    // Windows-1252 for 0x80-0x9F; '\0' where it has no character (the control is then removed).
    private const string Windows1252 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>
    /// <paramref name="value"/> cleaned; a note for the usage report when it changed, a violation
    /// (INVALID_TEXT) when it is not valid Unicode.
    /// </summary>
    public static string Clean(string field, string value, ViolationCollector violations)
    {
        var first = value.AsSpan().IndexOfAny(Suspect);
        if (first < 0)
        {
            return value;
        }

        var cleaned = new StringBuilder(value.Length);
        cleaned.Append(value, 0, first);
        var removed = 0;
        var replaced = 0;
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                cleaned.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                violations.Add(field, ErrorReasonCodes.InvalidText, $"The text holds an unpaired UTF-16 surrogate (U+{(int)c:X4}) at character {i}: it is not valid Unicode. Send UTF-8 text (over JSON, escape characters outside the BMP as a surrogate pair).");
                return value;
            }
            else if (c is >= '\u0080' and <= '\u009F' && Windows1252[c - 0x80] != '\0')
            {
                cleaned.Append(Windows1252[c - 0x80]);
                replaced++;
            }
            else if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                removed++;
            }
            else
            {
                cleaned.Append(c);
            }
        }

        violations.Note(Describe(field, removed, replaced));
        return cleaned.ToString();
    }

    private static string Describe(string field, int removed, int replaced) => (removed, replaced) switch
    {
        ( > 0, 0) => string.Create(CultureInfo.InvariantCulture, $"{field}: {removed} control character(s) removed"),
        (0, _) => string.Create(CultureInfo.InvariantCulture, $"{field}: {replaced} C1 control character(s) read as Windows-1252"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{field}: {removed} control character(s) removed, {replaced} C1 control character(s) read as Windows-1252"),
    };

    private static string SuspectCharacters()
    {
        var suspect = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                suspect.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            suspect.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            suspect.Append(c);
        }

        return suspect.ToString();
    }
}
