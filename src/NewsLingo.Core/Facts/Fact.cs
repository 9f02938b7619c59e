namespace NewsLingo.Core.Facts;

/// <summary>
/// A fact found in a text: its kind, its value in a canonical form (<see cref="Key"/>: "num:38000000000",
/// "pct:2.3", "amt:1.87:EUR", "date:03-07", "time:14:30", "ord:2"), and where and how it was written.
/// </summary>
/// <param name="Kind">Number, percentage, amount, date, time, ordinal or name.</param>
/// <param name="Key">The value, comparable across languages.</param>
/// <param name="Text">The fact as written.</param>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="AlternateKey">Another reading of the same text, when its format is ambiguous between two locales.</param>
public sealed record Fact(FactKind Kind, string Key, string Text, int Start, string? AlternateKey = null)
{
    /// <summary>The number inside the fact (for a number, percentage or amount), as written.</summary>
    public WrittenNumber? Number { get; init; }

    /// <summary>True for an ordinal written with another language's suffix than the text's (a backend's copy of the source's "25e").</summary>
    public bool InSourceFormat { get; init; }

    public int End => Start + Text.Length;

    public bool Matches(string key) => Key == key || AlternateKey == key;
}
