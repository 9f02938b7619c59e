namespace NewsLingo.Core.Translation;

/// <summary>How segment text is to be read: plain text, or HTML whose markup must survive.</summary>
public enum TextFormat
{
    Plain = 0,
    Html = 1,
}
