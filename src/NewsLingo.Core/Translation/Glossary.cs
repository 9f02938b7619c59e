namespace NewsLingo.Core.Translation;

/// <summary>Terms that must not be translated or must be translated a given way.</summary>
public sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    public static Glossary Empty { get; } = new([]);

    public bool IsEmpty => Entries.Count == 0;
}
