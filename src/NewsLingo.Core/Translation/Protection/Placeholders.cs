using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// The token that stands for a protected piece of text while a backend translates around it:
/// <c>⟦n⟧</c>. Mathematical white brackets with a number come back untouched from Apertium (direct
/// and pivot pairs: no unknown-word mark, no case change, tokenized apart from the words around),
/// from Azure Translator and from LLMs; letter-based tokens ("ZXQ0") came back marked unknown
/// ("*ZXQ0"), and ASCII brackets collide with Apertium's own syntax and with real text.
/// </summary>
internal static partial class Placeholders
{
    public static string For(int index) => $"⟦{index.ToString(CultureInfo.InvariantCulture)}⟧";

    /// <summary>Finds tokens as backends return them: extra spaces inside, an unknown-word mark before.</summary>
    [GeneratedRegex(@"[*#@]?⟦\s*(\d{1,4})\s*⟧", RegexOptions.CultureInvariant)]
    public static partial Regex Token();
}
