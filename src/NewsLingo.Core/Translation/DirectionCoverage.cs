using System.Collections.Concurrent;
using NewsLingo.Core.Languages;

namespace NewsLingo.Core.Translation;

/// <summary>
/// Whether a backend's directions cover a requested one, remembered per answer of the backend (a
/// new list, e.g. a refreshed Azure catalog, starts afresh): this runs on every request.
/// </summary>
internal sealed class DirectionCoverage
{
    private LastCovered? _lastCovered;
    private CoverageMemo _coverage = new([], new ConcurrentDictionary<LanguageDirection, bool>());

    public bool IsCovered(IReadOnlyCollection<LanguageDirection> supported, LanguageDirection direction)
    {
        // Calls mostly repeat the previous direction: two string comparisons instead of hashing both tags.
        if (_lastCovered is { } last && ReferenceEquals(last.Supported, supported) && last.Direction == direction)
        {
            return true;
        }

        var memo = _coverage;
        if (!ReferenceEquals(memo.Supported, supported))
        {
            memo = _coverage = new CoverageMemo(supported, new ConcurrentDictionary<LanguageDirection, bool>());
        }

        var covered = memo.Covered.GetOrAdd(direction, static (d, list) => list.Any(s => Covers(s, d)), supported);
        if (covered)
        {
            _lastCovered = new LastCovered(supported, direction);
        }

        return covered;
    }

    /// <summary>True when no translation is needed: same language, and at most one side names a region or script.</summary>
    public static bool IsIdentity(LanguageDirection direction) =>
        direction.Source == direction.Target ||
        (direction.Source.Language == direction.Target.Language && (!direction.Source.HasSubtags || !direction.Target.HasSubtags));

    /// <summary>A backend direction "fr→es" covers a request for "fr-CA→es-MX"; "pt-BR" covers only "pt-BR".</summary>
    private static bool Covers(LanguageDirection supported, LanguageDirection requested) =>
        Covers(supported.Source, requested.Source) && Covers(supported.Target, requested.Target);

    private static bool Covers(LanguageTag supported, LanguageTag requested) =>
        supported == requested || (!supported.HasSubtags && supported.Language == requested.Language);

    private sealed record LastCovered(IReadOnlyCollection<LanguageDirection> Supported, LanguageDirection Direction);

    private sealed record CoverageMemo(IReadOnlyCollection<LanguageDirection> Supported, ConcurrentDictionary<LanguageDirection, bool> Covered);
}
