namespace NewsLingo.Core.Memory.Tmx;

/// <summary>NewsLingo's own fields in a TMX, as <c>&lt;prop type="x-…"&gt;</c> (the "x-" prefix is TMX's for tool-defined properties).</summary>
public static class TmxProperties
{
    public const string Article = "x-newslingo-article";
    public const string Element = "x-newslingo-element";
    public const string Origin = "x-newslingo-origin";
}
