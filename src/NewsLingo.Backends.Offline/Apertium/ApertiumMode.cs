using NewsLingo.Core.Languages;

namespace NewsLingo.Backends.Offline.Apertium;

/// <summary>One installed Apertium mode: a direct translation direction and the file describing its pipeline.</summary>
/// <param name="Name">The mode's name ("fr-es", "fra-cat").</param>
/// <param name="Direction">The direction it translates, as BCP-47 languages.</param>
/// <param name="Path">The <c>.mode</c> file.</param>
public sealed record ApertiumMode(string Name, LanguageDirection Direction, string Path);
