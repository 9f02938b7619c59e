using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Articles.Html;

/// <summary>
/// Why a page is refused as too complex to read (HTML_TOO_COMPLEX), in one wording whether its tags
/// said so before parsing (<see cref="HtmlShape"/>) or the parser found more elements than they showed.
/// </summary>
public static class PageShapeViolations
{
    private const string Field = "article.html";

    private const string WhatToDo = "The page is broken or was built to be expensive to read: send the article's own element, or its text as article.text.";

    public static FieldViolation TooManyElements(int max) => new(
        Field,
        ErrorReasonCodes.HtmlTooComplex,
        $"The HTML page has more than {max} elements (NewsLingo:Limits:MaxHtmlElements); real news pages have under 10,000. {WhatToDo}");

    public static FieldViolation TooDeep(int max) => new(
        Field,
        ErrorReasonCodes.HtmlTooComplex,
        $"The HTML page nests its elements more than {max} deep (NewsLingo:Limits:MaxHtmlDepth); real news pages nest under 50. {WhatToDo}");
}
