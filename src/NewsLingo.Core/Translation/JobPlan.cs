using NewsLingo.Core.Translation.Protection;
using NewsLingo.Core.Usage;

namespace NewsLingo.Core.Translation;

/// <summary>
/// A <see cref="SegmentJob"/> as the backend calls that serve it, and the way back from their
/// answers to one translation per input segment: pieces joined, protected parts restored.
/// </summary>
internal sealed class JobPlan(
    SegmentJob job,
    SegmentPlan segments,
    ProtectedSegment[]? protectedSegments,
    PiecePlan pieces,
    List<PackedBatch> batches,
    string translatorName)
{
    /// <summary>Restored translations by unique segment, so a repeated segment is restored once.</summary>
    private readonly TranslatedSegment?[] _restored = new TranslatedSegment?[segments.Unique.Count];

    public List<PackedBatch> Batches => batches;

    public int PieceCount => pieces.Pieces.Count;

    /// <summary>True when every piece of input segment <paramref name="index"/> lies before <paramref name="answeredUpTo"/>.</summary>
    public bool IsReady(int index, int answeredUpTo)
    {
        var unique = segments.UniqueIndexOf[index];
        return unique < 0 || pieces.EndOf(unique) <= answeredUpTo;
    }

    /// <summary>The translation of input segment <paramref name="index"/> from the answered pieces.</summary>
    public TranslatedSegment Result(int index, TranslatedSegment[] answeredPieces, UsageMeter meter)
    {
        var unique = segments.UniqueIndexOf[index];
        if (unique < 0)
        {
            return new TranslatedSegment(job.Segments[index]);
        }

        if (_restored[unique] is { } done)
        {
            return done;
        }

        var joined = pieces.Join(unique, answeredPieces);
        if (protectedSegments is not null)
        {
            var lost = new List<string>();
            joined = joined with { Text = SegmentProtector.Restore(joined.Text, protectedSegments[unique], lost) };
            if (lost.Count > 0)
            {
                // Said in the response's usage notes, so a caller knows a term or tag may be missing.
                meter.RecordNote($"{joined.Backend ?? translatorName} dropped {lost.Count} protected term(s) or tag(s), which could not be put back");
            }
        }

        return _restored[unique] = joined;
    }
}
