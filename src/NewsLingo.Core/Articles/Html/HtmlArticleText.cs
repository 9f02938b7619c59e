using AngleSharp.Dom;

namespace NewsLingo.Core.Articles.Html;

/// <summary>How much readable text an element holds (scripts and styles excluded), to weigh a rule's match against the article.</summary>
internal static class HtmlArticleText
{
    public static int Length(IElement element) => Parsing.HtmlArticleParser.VisibleText(element).Length;
}
