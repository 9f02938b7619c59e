using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>How one direction is translated: a single mode, or two through a pivot language.</summary>
public sealed record ApertiumRoute(LanguageDirection Direction, IReadOnlyList<ApertiumMode> Stages)
{
    public bool IsPivot => Stages.Count > 1;

    public override string ToString() => string.Join(" | ", Stages.Select(s => s.Name));
}
