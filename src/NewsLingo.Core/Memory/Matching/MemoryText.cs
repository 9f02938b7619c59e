using System.Globalization;
using System.Text;

namespace NewsLingo.Core.Memory;

/// <summary>
/// What "the same segment" means to the memory. Two segments match exactly when their normalized
/// forms are equal (ordinal). Normalization, in this order:
/// <list type="number">
/// <item>Unicode NFC (a precomposed "é" equals "e" + combining acute);</item>
/// <item>every white space (space, tab, line breaks, no-break U+00A0, narrow no-break U+202F, thin,
/// figure and the other Unicode spaces) becomes one space, runs collapse, ends are trimmed;</item>
/// <item>invisible characters are removed: zero-width space U+200B, word joiner U+2060, BOM U+FEFF,
/// soft hyphen U+00AD;</item>
/// <item>apostrophes and single quotes (’ ‘ ‚ ‛ ′ ʼ ‹ ›) become ', double quotes and guillemets
/// (“ ” „ ‟ ″ « ») become ", and the space inside guillemets goes (« oui » = "oui");</item>
/// <item>dashes and minus (‐ ‑ ‒ – — ― − and their small and full-width forms) become -;</item>
/// <item>the ellipsis … becomes three dots;</item>
/// <item>the space French puts before ; : ! ? goes ("Quoi ?" = "Quoi?").</item>
/// </list>
/// Not normalized: letter case ("Le" ≠ "le"), digits and their grouping ("3 000" ≠ "3000",
/// "4,6" ≠ "4.6"), the space before % and units, accents other than their composition, and
/// punctuation other than the above ("," ≠ ";").
/// </summary>
public static class MemoryText
{
    public static string Normalize(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        var afterOpeningGuillemet = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0 && !afterOpeningGuillemet;
                continue;
            }

            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            var isClosing = c is '»' or ';' or ':' or '!' or '?';
            if (pendingSpace && !isClosing)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            afterOpeningGuillemet = c == '«';
            Append(builder, c);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '’' or '‘' or '‚' or '‛' or '′' or 'ʼ' or '‹' or '›':
                builder.Append('\'');
                break;
            case '“' or '”' or '„' or '‟' or '″' or '«' or '»':
                builder.Append('"');
                break;
            case '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '﹘' or '﹣' or '－':
                builder.Append('-');
                break;
            case '…':
                builder.Append("...");
                break;
            default:
                builder.Append(c);
                break;
        }
    }

    /// <summary>
    /// The words and signs of a normalized text, in order: a run of letters, marks and digits is one
    /// token, any other non-space character is a token of its own ("l'État," = l ' État ,).
    /// </summary>
    public static IReadOnlyList<string> Tokens(string normalized)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < normalized.Length)
        {
            Rune.DecodeFromUtf16(normalized.AsSpan(i), out var rune, out var consumed);
            if (IsWordRune(rune))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else
            {
                if (start >= 0)
                {
                    tokens.Add(normalized[start..i]);
                    start = -1;
                }

                if (rune.Value != ' ')
                {
                    tokens.Add(normalized.Substring(i, consumed));
                }
            }

            i += consumed;
        }

        if (start >= 0)
        {
            tokens.Add(normalized[start..]);
        }

        return tokens;
    }

    /// <summary>True for the tokens an index keeps: words and numbers, not signs.</summary>
    public static bool IsWord(string token) =>
        token.Length > 0 && Rune.DecodeFromUtf16(token, out var rune, out _) == System.Buffers.OperationStatus.Done && IsWordRune(rune);

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
