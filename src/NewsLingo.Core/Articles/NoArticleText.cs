using NewsLingo.Core.Errors;

namespace NewsLingo.Core.Articles;

/// <summary>
/// What a caller is told when reading its article left nothing to translate (NO_ARTICLE_TEXT): the
/// field was sent, so it is not FIELD_REQUIRED, and what to send instead depends on its form.
/// </summary>
public static class NoArticleText
{
    public static FieldViolation For(ArticleInputFormat format) => format switch
    {
        ArticleInputFormat.Html => new FieldViolation(
            "article.html",
            ErrorReasonCodes.NoArticleText,
            "No article text was found on this HTML page: nothing on it reads as a title or a paragraph once scripts, menus and boilerplate are set aside. "
            + "The page may be rendered by script (its text inside a <script>), behind a cookie wall or a paywall, or not an article at all. "
            + "Send the HTML as a browser shows it once rendered, the article's own element, or its text as article.text."),
        ArticleInputFormat.Structured => new FieldViolation(
            "article.structured",
            ErrorReasonCodes.NoArticleText,
            "The article's title and blocks hold no text once their markup is read (only tags, scripts or styles). Send the article's text in its title and blocks."),
        _ => new FieldViolation(
            "article.text",
            ErrorReasonCodes.NoArticleText,
            "Nothing is left of this text once boilerplate is removed: every line reads as a share button, an advert, a cookie notice or a link. "
            + "Send the article's own text, or set options.keep_boilerplate to keep every line."),
    };
}
