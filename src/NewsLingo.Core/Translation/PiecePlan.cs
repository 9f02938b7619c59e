using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// What goes to the backend when a segment is longer than one call may carry: such a segment is cut
/// at sentence ends into pieces that fit (a single sentence longer than that, at spaces), the pieces
/// are translated like any segment, and joined back so that one paragraph stays one paragraph.
/// Segments that fit are their own single piece.
/// </summary>
internal sealed class PiecePlan
{
    private readonly int[] _firstPieceOf;
    private readonly int[] _pieceCountOf;

    private PiecePlan(IReadOnlyList<string> pieces, int[] firstPieceOf, int[] pieceCountOf)
    {
        Pieces = pieces;
        _firstPieceOf = firstPieceOf;
        _pieceCountOf = pieceCountOf;
    }

    public IReadOnlyList<string> Pieces { get; }

    public static PiecePlan Create(IReadOnlyList<string> segments, int maxCharacters, ISentenceSegmenter? segmenter, LanguageTag language)
    {
        var first = new int[segments.Count];
        var count = new int[segments.Count];
        if (AllFit(segments, maxCharacters))
        {
            for (var i = 0; i < segments.Count; i++)
            {
                (first[i], count[i]) = (i, 1);
            }

            return new PiecePlan(segments, first, count);
        }

        var pieces = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            first[i] = pieces.Count;
            if (segments[i].Length <= maxCharacters)
            {
                pieces.Add(segments[i]);
            }
            else
            {
                var sentences = segmenter?.Split(segments[i], language) ?? [segments[i]];
                pieces.AddRange(Fill(sentences.SelectMany(s => s.Length <= maxCharacters ? [s] : AtSpaces(s, maxCharacters)), maxCharacters));
            }

            count[i] = pieces.Count - first[i];
        }

        return new PiecePlan(pieces, first, count);
    }

    private static bool AllFit(IReadOnlyList<string> segments, int maxCharacters)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Length > maxCharacters)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index one past the last piece of <paramref name="segment"/>.</summary>
    public int EndOf(int segment) => _firstPieceOf[segment] + _pieceCountOf[segment];

    public TranslatedSegment Join(int segment, TranslatedSegment[] translatedPieces)
    {
        if (_pieceCountOf[segment] == 1)
        {
            return translatedPieces[_firstPieceOf[segment]];
        }

        var parts = new ArraySegment<TranslatedSegment>(translatedPieces, _firstPieceOf[segment], _pieceCountOf[segment]);
        return new TranslatedSegment(
            string.Join(' ', parts.Select(p => p.Text.Trim())),
            [.. parts.SelectMany(p => p.UnknownWords).Distinct(StringComparer.Ordinal)],
            parts[0].Backend);
    }

    /// <summary>Consecutive sentences together up to the limit.</summary>
    private static IEnumerable<string> Fill(IEnumerable<string> sentences, int maxCharacters)
    {
        var current = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            if (current.Length > 0 && current.Length + 1 + sentence.Length > maxCharacters)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(sentence);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static IEnumerable<string> AtSpaces(string sentence, int maxCharacters)
    {
        var start = 0;
        while (start < sentence.Length)
        {
            var end = Math.Min(sentence.Length, start + maxCharacters);
            if (end < sentence.Length)
            {
                var space = sentence.LastIndexOf(' ', end - 1, end - start);
                end = space > start ? space : end;
            }

            yield return sentence[start..end].Trim();
            start = end;
        }
    }
}
