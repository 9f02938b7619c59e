using System.Text.RegularExpressions;

namespace NewsLingo.Testing.Fuzzing;

/// <summary>The cheap invariants every article NewsLingo returns holds, checked on each fuzzed case.</summary>
public static partial class SafeOutput
{
    /// <summary>A block is safe inline HTML: text escaped, and only strong, b, em, i and a with an http(s) or relative href.</summary>
    public static void AssertSafeBlock(string html, string where)
    {
        AssertWellFormed(html, where);
        foreach (Match tag in AnyTag().Matches(html))
        {
            if (!AllowedTag().IsMatch(tag.Value))
            {
                throw new Xunit.Sdk.XunitException($"{where}: the block carries the tag {tag.Value}, outside the safe set: {Shorten(html)}");
            }

            if (tag.Value.StartsWith("<a ", StringComparison.Ordinal) && UnsafeScheme().IsMatch(tag.Value))
            {
                throw new Xunit.Sdk.XunitException($"{where}: the link {tag.Value} has a scheme other than http(s): {Shorten(html)}");
            }
        }

        var text = AnyTag().Replace(html, string.Empty);
        if (text.AsSpan().IndexOfAny('<', '>') is var raw and >= 0)
        {
            throw new Xunit.Sdk.XunitException($"{where}: an unescaped '{text[raw]}' in the block's text: {Shorten(html)}");
        }
    }

    /// <summary>Plain text that protobuf and JSON can carry: no unpaired surrogate, no NUL.</summary>
    public static void AssertWellFormed(string? text, string where)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || text[i] == '\0')
            {
                throw new Xunit.Sdk.XunitException($"{where}: U+{(int)text[i]:X4} at {i} in {Shorten(text)}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("""^(<(strong|b|em|i|a)>|</(strong|b|em|i|a)>|<a href="[^"<>]*">)$""")]
    private static partial Regex AllowedTag();

    [GeneratedRegex("""^<a href="(?!https?:)[a-zA-Z][a-zA-Z0-9+.\-]*:""")]
    private static partial Regex UnsafeScheme();
}
