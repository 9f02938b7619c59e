using Microsoft.Extensions.Options;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Articles.Html;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Validation;
using CoreFormality = NewsLingo.Core.Translation.Formality;
using CoreArticleBlock = NewsLingo.Core.Articles.ArticleBlock;
using CoreGlossaryEntry = NewsLingo.Core.Translation.GlossaryEntry;
using CoreSummaryStyle = NewsLingo.Core.Summarization.SummaryStyle;
using Glossary = NewsLingo.Core.Translation.Glossary;
using SummaryLength = NewsLingo.Core.Summarization.SummaryLength;
using CoreSummaryOptions = NewsLingo.Core.Summarization.SummaryOptions;
using ProtoFormality = NewsLingo.Contracts.V1.Formality;
using ProtoSummaryOptions = NewsLingo.Contracts.V1.SummaryOptions;
using TranslatorChoice = NewsLingo.Core.Translation.Routing.TranslatorChoice;

namespace NewsLingo.Server.Mapping;

/// <summary>
/// Reads proto requests into domain requests, validating as it goes and reporting every violation
/// at once (INVALID_ARGUMENT with a BadRequest). Field paths are the proto's field names.
/// </summary>
public sealed class RequestReader(IOptionsMonitor<RequestLimitsOptions> limits)
{
    public TextTranslationRequest Read(TranslateRequest request)
    {
        var max = limits.CurrentValue;
        var violations = new ViolationCollector();
        if (request.Texts.Count == 0)
        {
            violations.Add("texts", ErrorReasonCodes.FieldRequired, "At least one text is required.");
        }
        else if (request.Texts.Count > max.MaxTexts)
        {
            violations.Add("texts", ErrorReasonCodes.TooManyTexts, $"{request.Texts.Count} texts given; the limit is {max.MaxTexts} (NewsLingo:Limits:MaxTexts). Split the batch.");
        }

        long total = 0;
        IReadOnlyList<string> texts = request.Texts;
        string[]? cleaned = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = violations.Text(FieldPaths.Indexed("texts", i), request.Texts[i], max.MaxTextCharacters, "NewsLingo:Limits:MaxTextCharacters");
            if (!ReferenceEquals(text, request.Texts[i]))
            {
                cleaned ??= [.. request.Texts];
                cleaned[i] = text;
            }

            total += text.Length;
        }

        texts = cleaned ?? texts;

        if (total > max.MaxRequestCharacters)
        {
            violations.Add("texts", ErrorReasonCodes.TextTooLong, $"The texts total {total} characters; the limit per request is {max.MaxRequestCharacters} (NewsLingo:Limits:MaxRequestCharacters). Split the batch.");
        }

        var source = violations.OptionalLanguage("source_language", request.SourceLanguage);
        var targets = violations.Targets("target_languages", request.TargetLanguages, max.MaxTargets);
        var format = ReadTextType("text_type", request.TextType, violations);
        var formality = ReadFormality("formality", request.Formality, violations);
        var glossary = ReadGlossary("glossary", request.Glossary, max, violations);
        violations.ThrowIfAny();
        var translators = ReadTranslatorChoice(string.Empty, request.Translator, request.TranslatorsByTarget, violations);
        return new TextTranslationRequest(texts, targets, source, format, formality, glossary, violations.Notes, translators);
    }

    public SummarizationRequest Read(SummarizeRequest request)
    {
        var max = limits.CurrentValue;
        var violations = new ViolationCollector();
        var text = violations.Text("text", request.Text, max.MaxTextCharacters, "NewsLingo:Limits:MaxTextCharacters");
        var source = violations.OptionalLanguage("source_language", request.SourceLanguage);
        var target = violations.OptionalLanguage("target_language", request.TargetLanguage);
        var options = ReadSummaryOptions("options", request.Options, max, violations);
        violations.ThrowIfAny();
        return new SummarizationRequest(text, options, source, target, violations.Notes);
    }

    public string Read(DetectLanguageRequest request)
    {
        var violations = new ViolationCollector();
        var text = violations.Text("text", request.Text, limits.CurrentValue.MaxTextCharacters, "NewsLingo:Limits:MaxTextCharacters");
        violations.ThrowIfAny();
        return text;
    }

    public ArticleRequest Read(ProcessArticleRequest request) => ReadArticle(request.Article, request.TargetLanguages, request.Options);

    public ArticleRequest Read(StreamArticleRequest request) => ReadArticle(request.Article, request.TargetLanguages, request.Options);

    public ArticleRequest Read(ProcessArticlesRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.RequestId))
        {
            var violations = new ViolationCollector();
            violations.Add("request_id", ErrorReasonCodes.FieldRequired, "Each article of the stream needs a request_id to match its answer.");
            violations.ThrowIfAny();
        }

        return ReadArticle(request.Article, request.TargetLanguages, request.Options);
    }

    private ArticleRequest ReadArticle(ArticleContent? content, IReadOnlyList<string> targetLanguages, ArticleOptions? options)
    {
        var max = limits.CurrentValue;
        var violations = new ViolationCollector();
        var input = ReadContent(content, max, violations);
        var targets = violations.Targets("target_languages", targetLanguages, max.MaxTargets);
        options ??= new ArticleOptions();
        var source = violations.OptionalLanguage("options.source_language", options.SourceLanguage);
        var summary = options.SkipSummary ? null : ReadSummaryOptions("options.summary", options.Summary, max, violations);
        var formality = ReadFormality("options.formality", options.Formality, violations);
        var glossary = ReadGlossary("options.glossary", options.Glossary, max, violations);
        violations.ThrowIfAny();
        var translators = ReadTranslatorChoice("options.", options.Translator, options.TranslatorsByTarget, violations);
        return new ArticleRequest(input!, targets, source, summary, !options.KeepBoilerplate, glossary, formality, violations.Notes, translators, max.MaxArticleCharacters);
    }

    private static ArticleInput? ReadContent(ArticleContent? content, RequestLimitsOptions max, ViolationCollector violations)
    {
        switch (content?.ContentCase ?? ArticleContent.ContentOneofCase.None)
        {
            case ArticleContent.ContentOneofCase.Text:
                return ArticleInput.FromText(violations.Text("article.text", content!.Text, max.MaxArticleCharacters, "NewsLingo:Limits:MaxArticleCharacters", ArticleTooLong));
            case ArticleContent.ContentOneofCase.Html:
                // The parser counts the elements it makes too: tags can make more than they show.
                return ArticleInput.FromHtml(ReadHtml(content!.Html, max, violations), max.MaxHtmlElements);
            case ArticleContent.ContentOneofCase.Structured:
                return ArticleInput.FromStructure(ReadStructured(content!.Structured, max, violations));
            default:
                violations.Add("article", ErrorReasonCodes.FieldRequired, "The article is required: set article.text, article.html or article.structured.");
                return null;
        }
    }

    /// <summary>
    /// What a caller can do with an article over the text limit. One HTML page cannot be split: its
    /// text (not its markup) is what counts, so only a truly long article is refused.
    /// </summary>
    private const string ArticleTooLong = "Send it as several articles (one per part or section), or ask the operator to raise the limit.";

    /// <summary>The page's markup is limited in bytes (NewsLingo:Limits:MaxHtmlBytes); its text is limited after reading, in the pipeline.</summary>
    private static string ReadHtml(string html, RequestLimitsOptions max, ViolationCollector violations)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(html);
        if (bytes > max.MaxHtmlBytes)
        {
            violations.Add(
                "article.html",
                ErrorReasonCodes.TextTooLong,
                $"The HTML page is {bytes} bytes; the limit is {max.MaxHtmlBytes} bytes (NewsLingo:Limits:MaxHtmlBytes). Send the page without its <script>, <style> and <svg> elements (they are never read), or only the article's element, or its text as article.text.");
            return string.Empty;
        }

        // Before anything parses it: reading costs time per element, and more than that per level of nesting.
        var (elements, depth) = Core.Articles.Html.HtmlShape.Measure(html, max.MaxHtmlElements, max.MaxHtmlDepth);
        if (elements > max.MaxHtmlElements || depth > max.MaxHtmlDepth)
        {
            violations.Add(elements > max.MaxHtmlElements ? PageShapeViolations.TooManyElements(max.MaxHtmlElements) : PageShapeViolations.TooDeep(max.MaxHtmlDepth));
            return string.Empty;
        }

        // The cap on characters is MaxHtmlBytes too (a character is at least one byte): the text limit applies to what the page reads as.
        return violations.Text("article.html", html, max.MaxHtmlBytes, "NewsLingo:Limits:MaxHtmlBytes");
    }

    private static Article ReadStructured(StructuredArticle structured, RequestLimitsOptions max, ViolationCollector violations)
    {
        var blocks = new List<CoreArticleBlock>();
        for (var i = 0; i < structured.Blocks.Count; i++)
        {
            var block = structured.Blocks[i];
            var field = $"article.structured.blocks[{i}].text";
            var text = violations.Clean(field, block.Text);
            if (string.IsNullOrWhiteSpace(text))
            {
                violations.Add(field, ErrorReasonCodes.FieldRequired, "A block needs text; drop empty blocks.");
                continue;
            }

            blocks.Add(new CoreArticleBlock(block.Kind == BlockKind.Subheading ? ArticleBlockKind.Subheading : ArticleBlockKind.Paragraph, text));
        }

        if (string.IsNullOrWhiteSpace(structured.Title) && structured.Blocks.Count == 0)
        {
            violations.Add("article.structured", ErrorReasonCodes.FieldRequired, "A structured article needs a title or at least one block.");
        }

        var total = structured.Title.Length + structured.Byline.Length + structured.Dateline.Length + structured.Blocks.Sum(b => (long)b.Text.Length);
        if (total > max.MaxArticleCharacters)
        {
            violations.Add("article.structured", ErrorReasonCodes.TextTooLong, $"The article has {total} characters; the limit is {max.MaxArticleCharacters} (NewsLingo:Limits:MaxArticleCharacters). {ArticleTooLong}");
        }

        return new Article(
            NullIfEmpty(violations.Clean("article.structured.title", structured.Title)),
            NullIfEmpty(violations.Clean("article.structured.byline", structured.Byline)),
            NullIfEmpty(violations.Clean("article.structured.dateline", structured.Dateline)),
            blocks)
        {
            Metadata = new ArticleMetadata(
                [.. structured.Authors.Select((a, i) => violations.Clean($"article.structured.authors[{i}]", a)).Where(a => !string.IsNullOrWhiteSpace(a))],
                structured.PublishedTime?.ToDateTimeOffset(),
                structured.ModifiedTime?.ToDateTimeOffset(),
                NullIfEmpty(violations.Clean("article.structured.site_name", structured.SiteName)),
                NullIfEmpty(violations.Clean("article.structured.canonical_url", structured.CanonicalUrl))),
        };
    }

    private static CoreSummaryOptions ReadSummaryOptions(string field, ProtoSummaryOptions? options, RequestLimitsOptions max, ViolationCollector violations)
    {
        var read = ReadSummaryShape(field, options, max, violations);
        var summarizer = options is null ? null : NullIfEmpty(violations.Clean(field + ".summarizer", options.Summarizer))?.Trim().ToLowerInvariant();
        return summarizer is null ? read : read with { Summarizer = summarizer, SummarizerField = field + ".summarizer" };
    }

    private static CoreSummaryOptions ReadSummaryShape(string field, ProtoSummaryOptions? options, RequestLimitsOptions max, ViolationCollector violations)
    {
        if (options is null)
        {
            return CoreSummaryOptions.Default;
        }

        var style = options.Style switch
        {
            SummaryStyle.Unspecified or SummaryStyle.Paragraph => CoreSummaryStyle.Paragraph,
            SummaryStyle.Bullets => CoreSummaryStyle.Bullets,
            SummaryStyle.Headline => CoreSummaryStyle.Headline,
            _ => Invalid(field + ".style", "Use SUMMARY_STYLE_PARAGRAPH, SUMMARY_STYLE_BULLETS or SUMMARY_STYLE_HEADLINE.", CoreSummaryStyle.Paragraph, violations),
        };

        switch (options.LengthCase)
        {
            case ProtoSummaryOptions.LengthOneofCase.MaxSentences when options.MaxSentences < 1 || options.MaxSentences > max.MaxSummarySentences:
                violations.Add(field + ".max_sentences", ErrorReasonCodes.ValueOutOfRange, $"max_sentences must be 1 to {max.MaxSummarySentences} (NewsLingo:Limits:MaxSummarySentences); got {options.MaxSentences}.");
                return CoreSummaryOptions.Default;
            case ProtoSummaryOptions.LengthOneofCase.MaxSentences:
                return new CoreSummaryOptions(SummaryLength.Sentences(options.MaxSentences), style);
            case ProtoSummaryOptions.LengthOneofCase.MaxWords when options.MaxWords < 5 || options.MaxWords > max.MaxSummaryWords:
                violations.Add(field + ".max_words", ErrorReasonCodes.ValueOutOfRange, $"max_words must be 5 to {max.MaxSummaryWords} (NewsLingo:Limits:MaxSummaryWords); got {options.MaxWords}.");
                return CoreSummaryOptions.Default;
            case ProtoSummaryOptions.LengthOneofCase.MaxWords:
                return new CoreSummaryOptions(SummaryLength.Words(options.MaxWords), style);
            default:
                return CoreSummaryOptions.Default with { Style = style };
        }
    }

    /// <summary>The request's translator choice; whether each name is enabled is the engine's to say (it knows the deployment).</summary>
    private static TranslatorChoice? ReadTranslatorChoice(string prefix, string all, Google.Protobuf.Collections.MapField<string, string> byTarget, ViolationCollector violations)
    {
        var everyTarget = NullIfEmpty(violations.Clean(prefix + "translator", all))?.Trim().ToLowerInvariant();
        Dictionary<string, string>? perTarget = null;
        foreach (var (tag, name) in byTarget)
        {
            var field = $"{prefix}translators_by_target[{tag}]";
            if (!Core.Languages.LanguageTag.TryParse(tag, out var target))
            {
                violations.Add(field, ErrorReasonCodes.InvalidLanguageCode, $"'{tag}' is not a BCP-47 language tag; key each translator by its target language (\"en\").");
                continue;
            }

            if (NullIfEmpty(violations.Clean(field, name)) is not { } chosen)
            {
                violations.Add(field, ErrorReasonCodes.FieldRequired, $"No translator named for '{tag}'; leave the target out to route it.");
                continue;
            }

            (perTarget ??= new(StringComparer.OrdinalIgnoreCase))[target.Value] = chosen.Trim().ToLowerInvariant();
        }

        return everyTarget is null && perTarget is null ? null : new TranslatorChoice(everyTarget, perTarget, prefix);
    }

    private static TextFormat ReadTextType(string field, TextType value, ViolationCollector violations) => value switch
    {
        TextType.Unspecified or TextType.Plain => TextFormat.Plain,
        TextType.Html => TextFormat.Html,
        _ => Invalid(field, "Use TEXT_TYPE_PLAIN or TEXT_TYPE_HTML.", TextFormat.Plain, violations),
    };

    private static CoreFormality ReadFormality(string field, ProtoFormality value, ViolationCollector violations) => value switch
    {
        ProtoFormality.Unspecified => CoreFormality.Default,
        ProtoFormality.Formal => CoreFormality.Formal,
        ProtoFormality.Informal => CoreFormality.Informal,
        _ => Invalid(field, "Use FORMALITY_FORMAL or FORMALITY_INFORMAL, or leave it unset.", CoreFormality.Default, violations),
    };

    private static Glossary ReadGlossary(string field, Contracts.V1.Glossary? glossary, RequestLimitsOptions max, ViolationCollector violations)
    {
        if (glossary is null || glossary.Entries.Count == 0)
        {
            return Glossary.Empty;
        }

        if (glossary.Entries.Count > max.MaxGlossaryEntries)
        {
            violations.Add(field + ".entries", ErrorReasonCodes.ValueOutOfRange, $"{glossary.Entries.Count} glossary entries; the limit is {max.MaxGlossaryEntries} (NewsLingo:Limits:MaxGlossaryEntries).");
        }

        var entries = new List<CoreGlossaryEntry>();
        for (var i = 0; i < glossary.Entries.Count; i++)
        {
            var entry = glossary.Entries[i];
            var term = violations.Clean($"{field}.entries[{i}].term", entry.Term);
            var translation = violations.Clean($"{field}.entries[{i}].translation", entry.Translation);
            if (string.IsNullOrWhiteSpace(term))
            {
                violations.Add($"{field}.entries[{i}].term", ErrorReasonCodes.FieldRequired, "A glossary entry needs a term.");
                continue;
            }

            entries.Add(new CoreGlossaryEntry(term.Trim(), string.IsNullOrEmpty(translation) ? null : translation, ReadTermTranslations($"{field}.entries[{i}].translations", entry.Translations, violations)));
        }

        return new Glossary(entries);
    }

    /// <summary>A glossary entry's translations per target, each cleaned, then checked by <see cref="TermTranslations"/>.</summary>
    private static IReadOnlyDictionary<string, string>? ReadTermTranslations(string field, Google.Protobuf.Collections.MapField<string, string> translations, ViolationCollector violations)
    {
        if (translations.Count == 0)
        {
            return null;
        }

        var read = TermTranslations.Read(translations.Select(t => new KeyValuePair<string, string?>(t.Key, violations.Clean($"{field}[{t.Key}]", t.Value))));
        foreach (var violation in read.Violations)
        {
            violations.Add($"{field}[{violation.Tag}]", violation.Reason, violation.Description);
        }

        return read.ByTarget;
    }

    private static T Invalid<T>(string field, string hint, T fallback, ViolationCollector violations)
    {
        violations.Add(field, ErrorReasonCodes.ValueOutOfRange, $"Unknown enum value. {hint}");
        return fallback;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
