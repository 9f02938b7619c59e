namespace NewsLingo.Core.Languages;

/// <summary>A translation direction a backend supports, e.g. fr → es.</summary>
public readonly record struct LanguageDirection(LanguageTag Source, LanguageTag Target)
{
    public override string ToString() => $"{Source}->{Target}";
}
