namespace NewsLingo.Core.Facts;

/// <summary>What a checked fact is.</summary>
public enum FactKind
{
    Number = 1,
    Percent = 2,
    Amount = 3,
    Date = 4,
    Time = 5,
    Ordinal = 6,
    Name = 7,
}
