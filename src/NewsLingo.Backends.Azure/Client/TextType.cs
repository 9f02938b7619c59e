namespace NewsLingo.Backends.Azure.Client;

/// <summary>Translator's textType parameter.</summary>
internal enum TextType
{
    Plain = 0,
    Html = 1,
}
