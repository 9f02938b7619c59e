using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsLingo.Core.Articles.Html;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Takes out of a segment what a backend must not touch and puts it back in its answer: glossary
/// terms (kept as they are, or replaced by their forced translation), markup (see
/// <see cref="MarkupHandling"/>), and any bracket the text itself holds, so that text looking
/// like a placeholder can never be taken for one. Each becomes a <see cref="Placeholders"/> token.
/// </summary>
public sealed partial class SegmentProtector
{
    private readonly Regex? _terms;
    /// <summary>Forced translation per term (null: keep the term as the source wrote it).</summary>
    private readonly Dictionary<string, string?> _replacementOf;
    private readonly MarkupHandling _markup;

    private SegmentProtector(Regex? terms, Dictionary<string, string?> replacementOf, MarkupHandling markup)
    {
        _terms = terms;
        _replacementOf = replacementOf;
        _markup = markup;
    }

    /// <summary>Null when there is nothing to protect, so the common path costs nothing.</summary>
    /// <param name="glossary">Terms to keep or force as placeholders, or null (none, or the backend protects them itself).</param>
    /// <param name="format">The segments' format.</param>
    /// <param name="backendReadsHtml">True when the backend translates HTML itself (it still never sees scripts or comments).</param>
    /// <param name="target">The target language: an entry may force a translation for some targets only.</param>
    public static SegmentProtector? For(Glossary? glossary, TextFormat format, bool backendReadsHtml, Languages.LanguageTag target)
    {
        var markup = format != TextFormat.Html ? MarkupHandling.None : backendReadsHtml ? MarkupHandling.OpaqueOnly : MarkupHandling.All;

        // Case-insensitive, as the contract says: "Palmyre" in the glossary protects "PALMYRE" in a title.
        var replacementOf = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in glossary?.Entries ?? [])
        {
            if (!string.IsNullOrWhiteSpace(entry.Term) && entry.For(target) is { } applied)
            {
                replacementOf.TryAdd(entry.Term, applied.Replacement);
            }
        }

        if (replacementOf.Count == 0 && markup == MarkupHandling.None)
        {
            return null;
        }

        var pattern = replacementOf.Count == 0 ? null : WholeWords.Pattern(replacementOf.Keys);
        return new SegmentProtector(pattern, replacementOf, markup);
    }

    public ProtectedSegment Protect(string segment)
    {
        var restored = new List<string>();
        var text = new StringBuilder(segment.Length);
        var decode = _markup == MarkupHandling.All;
        if (_markup == MarkupHandling.None || !MarkupLexer.MayHoldMarkup(segment))
        {
            AppendText(segment, decode: false, text, restored);
        }
        else
        {
            foreach (var token in MarkupLexer.Tokens(segment))
            {
                switch (token.Kind)
                {
                    case MarkupTokenKind.Text:
                        AppendText(token.Value, decode, text, restored);
                        break;
                    case MarkupTokenKind.Tag when _markup == MarkupHandling.OpaqueOnly:
                        text.Append(token.Value);
                        break;
                    default:
                        AppendPlaceholder(token.Value, text, restored);
                        break;
                }
            }
        }

        return new ProtectedSegment(text.ToString(), restored, EncodeText: decode);
    }

    /// <summary>
    /// Puts the protected pieces back (and, for decoded HTML, encodes the backend's text again). A
    /// token the backend lost cannot be placed and is reported in <paramref name="lost"/>; a token
    /// it invented or mangled beyond recognition is dropped rather than shown to the reader.
    /// </summary>
    public static string Restore(string translated, ProtectedSegment segment, List<string> lost)
    {
        if (segment.Restored.Count == 0 && !segment.EncodeText)
        {
            return translated;
        }

        var placed = new bool[segment.Restored.Count];
        var result = new StringBuilder(translated.Length + 32);
        var position = 0;
        foreach (Match token in Placeholders.Token().Matches(translated))
        {
            AppendAnswerText(translated.AsSpan(position, token.Index - position), segment.EncodeText, result);
            var index = int.Parse(token.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (index < segment.Restored.Count)
            {
                placed[index] = true;
                result.Append(segment.Restored[index]);
            }

            position = token.Index + token.Length;
        }

        AppendAnswerText(translated.AsSpan(position), segment.EncodeText, result);
        for (var i = 0; i < placed.Length; i++)
        {
            // A bracket the text held is a placeholder too, but a lost one is not worth a report.
            if (!placed[i] && segment.Restored[i] is not ("⟦" or "⟧"))
            {
                lost.Add(segment.Restored[i]);
            }
        }

        return result.ToString();
    }

    private void AppendText(string value, bool decode, StringBuilder text, List<string> restored)
    {
        if (!decode)
        {
            AppendProse(value, encode: false, text, restored);
            return;
        }

        // Escaped markup ("&lt;script&gt;") is code quoted in the text, not prose: no engine
        // translates it well ("&lt;hyphen&gt;"), so it travels as a placeholder, escaped as it came.
        var plain = Printable(WebUtility.HtmlDecode(value));
        var position = 0;
        foreach (var match in QuotedTag().EnumerateMatches(plain))
        {
            AppendProse(plain[position..match.Index], encode: true, text, restored);
            AppendPlaceholder(SafeHtml.Encode(plain.Substring(match.Index, match.Length)), text, restored);
            position = match.Index + match.Length;
        }

        AppendProse(plain[position..], encode: true, text, restored);
    }

    /// <summary>Text as a backend should see it; each bracket it holds becomes a placeholder, so no text can pass for one.</summary>
    private void AppendProse(string plain, bool encode, StringBuilder text, List<string> restored)
    {
        var start = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            if (plain[i] is '⟦' or '⟧')
            {
                AppendTerms(plain.AsSpan(start, i - start), encode, text, restored);
                AppendPlaceholder(plain[i].ToString(), text, restored);
                start = i + 1;
            }
        }

        AppendTerms(plain.AsSpan(start), encode, text, restored);
    }

    private void AppendTerms(ReadOnlySpan<char> plain, bool encode, StringBuilder text, List<string> restored)
    {
        if (_terms is null || plain.IsEmpty)
        {
            text.Append(plain);
            return;
        }

        var position = 0;
        foreach (var match in _terms.EnumerateMatches(plain))
        {
            text.Append(plain.Slice(position, match.Index - position));
            var term = plain.Slice(match.Index, match.Length).ToString();
            var replacement = _replacementOf[term] ?? term;
            AppendPlaceholder(encode ? SafeHtml.Encode(replacement) : replacement, text, restored);
            position = match.Index + match.Length;
        }

        text.Append(plain[position..]);
    }

    private static void AppendPlaceholder(string restoresTo, StringBuilder text, List<string> restored)
    {
        restored.Add(restoresTo);
        text.Append(Placeholders.For(restored.Count - 1));
    }

    /// <summary>
    /// Decoded text without what an entity can smuggle past the request's own checks: "&amp;#0;"
    /// is a NUL, "&amp;#xD800;" a lone surrogate. Controls go (as on arrival), lone surrogates become U+FFFD.
    /// </summary>
    private static string Printable(string decoded)
    {
        var span = decoded.AsSpan();
        var clean = true;
        for (var i = 0; i < span.Length && clean; i++)
        {
            clean = !(char.IsControl(span[i]) && span[i] is not ('\t' or '\n' or '\r')) && !char.IsSurrogate(span[i]);
        }

        if (clean)
        {
            return decoded;
        }

        var text = new StringBuilder(decoded.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                text.Append(c).Append(span[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                text.Append('\uFFFD');
            }
            else if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The backend's own text between tokens: without the stray brackets of a token it broke apart ("⟦ 3").</summary>
    private static void AppendAnswerText(ReadOnlySpan<char> answer, bool encode, StringBuilder result)
    {
        foreach (var c in answer)
        {
            if (c is '⟦' or '⟧')
            {
                continue;
            }

            switch (c)
            {
                case '&' when encode:
                    result.Append("&amp;");
                    break;
                case '<' when encode:
                    result.Append("&lt;");
                    break;
                case '>' when encode:
                    result.Append("&gt;");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
    }

    [GeneratedRegex(@"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex QuotedTag();
}
