using System.Text;
using System.Text.RegularExpressions;

namespace NewsLingo.Core.Translation.Protection;

/// <summary>
/// Takes out of a segment what a backend must not touch and puts it back in its answer: glossary
/// terms (kept as they are, or replaced by their forced translation) and, for backends that only
/// translate plain text, inline HTML tags. Each becomes a <see cref="Placeholders"/> token.
/// </summary>
public sealed partial class SegmentProtector
{
    private readonly Regex? _terms;
    /// <summary>Forced translation per term (null: keep the term as the source wrote it).</summary>
    private readonly Dictionary<string, string?> _replacementOf;
    private readonly bool _protectMarkup;

    private SegmentProtector(Regex? terms, Dictionary<string, string?> replacementOf, bool protectMarkup)
    {
        _terms = terms;
        _replacementOf = replacementOf;
        _protectMarkup = protectMarkup;
    }

    /// <summary>Null when there is nothing to protect, so the common path costs nothing.</summary>
    public static SegmentProtector? For(Glossary? glossary, bool protectMarkup)
    {
        var entries = glossary?.Entries.Where(e => !string.IsNullOrWhiteSpace(e.Term)).ToList() ?? [];
        if (entries.Count == 0 && !protectMarkup)
        {
            return null;
        }

        // Case-insensitive, as the contract says: "Palmyre" in the glossary protects "PALMYRE" in a title.
        var replacementOf = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            replacementOf.TryAdd(entry.Term, entry.Translation);
        }

        // Longest first, so "Conseil de Paris" wins over "Paris"; whole words only.
        var alternatives = string.Join('|', replacementOf.Keys.OrderByDescending(t => t.Length).Select(Regex.Escape));
        var terms = alternatives.Length == 0
            ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return new SegmentProtector(terms, replacementOf, protectMarkup);
    }

    public ProtectedSegment Protect(string segment)
    {
        var restored = new List<string>();
        var text = segment;
        if (_protectMarkup)
        {
            text = Tags().Replace(text, tag =>
            {
                restored.Add(tag.Value);
                return Placeholders.For(restored.Count - 1);
            });
        }

        if (_terms is not null)
        {
            text = _terms.Replace(text, term =>
            {
                restored.Add(_replacementOf[term.Value] ?? term.Value);
                return Placeholders.For(restored.Count - 1);
            });
        }

        return new ProtectedSegment(text, restored);
    }

    /// <summary>
    /// Puts the protected pieces back. A token the backend lost cannot be placed and is reported in
    /// <paramref name="lost"/>; a token it invented or mangled beyond recognition is dropped rather
    /// than shown to the reader.
    /// </summary>
    public static string Restore(string translated, ProtectedSegment segment, List<string> lost)
    {
        if (segment.Restored.Count == 0)
        {
            return translated;
        }

        var placed = new bool[segment.Restored.Count];
        var text = Placeholders.Token().Replace(translated, token =>
        {
            var index = int.Parse(token.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (index >= segment.Restored.Count)
            {
                return string.Empty;
            }

            placed[index] = true;
            return segment.Restored[index];
        });

        for (var i = 0; i < placed.Length; i++)
        {
            if (!placed[i])
            {
                lost.Add(segment.Restored[i]);
            }
        }

        // Stray brackets of a token the backend broke apart ("⟦ 3").
        return text.Contains('⟦', StringComparison.Ordinal) || text.Contains('⟧', StringComparison.Ordinal)
            ? new StringBuilder(text).Replace("⟦", string.Empty).Replace("⟧", string.Empty).ToString()
            : text;
    }

    [GeneratedRegexAttribute(@"</?[a-zA-Z][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
