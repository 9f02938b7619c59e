using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory.Alignment;
using NewsLingo.Core.Pipeline;

namespace NewsLingo.Core.Memory.Corrections;

/// <summary>
/// Turns a corrected element into memory entries: reads the article exactly as ProcessArticle does
/// (same reader, same boilerplate choice, blocks as safe HTML read back to text, the language given
/// or detected from the same sample), takes the element's source text, aligns it with the
/// correction sentence by sentence where that is credible, and stores the pairs.
/// </summary>
public sealed class ElementCorrector(IArticleReader reader, SourceLanguageResolver languages, SentenceAligner aligner, TranslationMemory memory)
{
    /// <summary>As ArticlePipeline: enough text for a confident detection.</summary>
    private const int DetectionSampleLength = 2000;

    public async Task<ElementCorrectionResult> CorrectAsync(MemoryScope scope, ElementCorrection correction, CancellationToken cancellationToken)
    {
        var article = reader.Read(correction.Article, correction.RemoveBoilerplate).AsSafeHtml();
        var plainBlocks = article.Article.Blocks.Select(b => InlineMarkup.ToPlainText(b.Text)).ToList();
        var source = SourceText(article.Article, plainBlocks, correction.Element);
        var target = InlineMarkup.ToPlainText(correction.CorrectedText);
        if (target.Length == 0)
        {
            throw Invalid("text", ErrorReasonCodes.FieldRequired, "The corrected text is empty (after markup is read as text); send the element's corrected translation.");
        }

        var sample = (article.Article.Title + "\n\n" + string.Join("\n\n", plainBlocks.Where(t => t.Length > 0))).Trim();
        var language = await languages.ResolveAsync(
            correction.SourceLanguage,
            sample.Length > DetectionSampleLength ? sample[..DetectionSampleLength] : sample,
            "source_language",
            article.DeclaredLanguage,
            cancellationToken).ConfigureAwait(false);

        var alignment = aligner.Align(source, language.Language, target, correction.TargetLanguage);
        var articleId = correction.ArticleId ?? article.Article.Metadata.CanonicalUrl;
        var drafts = alignment.Pairs.Select(pair => new TranslationUnitDraft(language.Language, correction.TargetLanguage, pair.Source, pair.Target, MemoryOrigin.Correction)
        {
            ArticleId = articleId,
            Element = correction.Element.ToString(),
            Author = correction.Author,
        }).ToList();
        var stored = await memory.StoreAsync(scope, drafts, cancellationToken).ConfigureAwait(false);
        return new ElementCorrectionResult(language, source, alignment, stored);
    }

    private static string SourceText(Article article, List<string> plainBlocks, ElementLocator element)
    {
        if (element.Element == ArticleElement.Title)
        {
            return string.IsNullOrWhiteSpace(article.Title)
                ? throw Invalid("title", ErrorReasonCodes.ValueOutOfRange, "The article, as NewsLingo reads it, has no title; correct a block instead.")
                : article.Title.Trim();
        }

        if (element.BlockIndex < 0 || element.BlockIndex >= plainBlocks.Count)
        {
            throw Invalid("block_index", ErrorReasonCodes.ValueOutOfRange, $"The article, as NewsLingo reads it, has {plainBlocks.Count} blocks (0 to {plainBlocks.Count - 1}); block_index {element.BlockIndex} is not one. Read it with the same keep_boilerplate as the response you correct.");
        }

        var text = plainBlocks[element.BlockIndex];
        return text.Length > 0 ? text : throw Invalid("block_index", ErrorReasonCodes.ValueOutOfRange, $"Block {element.BlockIndex} has no text.");
    }

    private static RequestValidationException Invalid(string field, string reason, string description) =>
        new([new FieldViolation(field, reason, description)]);
}
