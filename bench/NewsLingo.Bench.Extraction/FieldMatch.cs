namespace NewsLingo.Bench.Extraction;

/// <summary>score.py's title/byline match: exact after whitespace and case folding, "near" when one contains the other.</summary>
internal static class FieldMatch
{
    public static string? Of(string? truth, string? predicted)
    {
        var t = Normalize(truth);
        var p = Normalize(predicted);
        if (t.Length == 0)
        {
            return null;
        }

        if (t == p)
        {
            return "exact";
        }

        return p.Length > 0 && (t.Contains(p, StringComparison.Ordinal) || p.Contains(t, StringComparison.Ordinal)) ? "near" : "miss";
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
