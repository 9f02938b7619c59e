namespace NewsLingo.Core.Translation;

/// <summary>Names the backends that really produced a set of translations, for the reports a caller reads.</summary>
public static class ServedBy
{
    /// <summary>
    /// The distinct backends of <paramref name="segments"/> in order of first use, comma-separated
    /// ("apertium", or "azure, apertium" when a fallback served part of them);
    /// <paramref name="configured"/> when no backend was needed.
    /// </summary>
    public static string Names(IEnumerable<TranslatedSegment> segments, string configured)
    {
        string? first = null;
        List<string>? more = null;
        foreach (var segment in segments)
        {
            var backend = segment.Backend;
            if (backend is null || backend == first || (more?.Contains(backend) ?? false))
            {
                continue;
            }

            if (first is null)
            {
                first = backend;
            }
            else
            {
                (more ??= []).Add(backend);
            }
        }

        return first is null ? configured : more is null ? first : string.Join(", ", [first, .. more]);
    }
}
