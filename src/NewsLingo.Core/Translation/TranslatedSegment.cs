namespace NewsLingo.Core.Translation;

/// <summary>One translated segment, with the words the backend could not translate (if it says).</summary>
public sealed record TranslatedSegment(string Text, IReadOnlyList<string> UnknownWords)
{
    public TranslatedSegment(string text)
        : this(text, [])
    {
    }
}
