using Grpc.Core;
using Microsoft.Extensions.Options;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Errors;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Memory;
using NewsLingo.Core.Memory.Corrections;
using NewsLingo.Core.Memory.Tmx;
using NewsLingo.Server.Configuration;
using NewsLingo.Server.Validation;
using CoreMemoryOrigin = NewsLingo.Core.Memory.MemoryOrigin;

namespace NewsLingo.Server.Memory;

/// <summary>
/// Reads MemoryService requests into the domain, validating every field at once (INVALID_ARGUMENT
/// with a BadRequest), as <see cref="Mapping.RequestReader"/> does for the other services; text goes
/// through the same hygiene. Articles are read by <see cref="Mapping.RequestReader"/> itself, so a
/// corrected element's article is taken exactly as ProcessArticle takes it.
/// </summary>
public sealed class MemoryRequestReader(IOptionsMonitor<TranslationMemoryOptions> options, IOptionsMonitor<GrpcTransportOptions> transport, Mapping.RequestReader articles)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public IReadOnlyList<TranslationUnitDraft> Read(AddCorrectionsRequest request, ServerCallContext context)
    {
        var max = options.CurrentValue;
        var violations = new ViolationCollector();
        var source = violations.RequiredLanguage("source_language", request.SourceLanguage);
        var target = violations.RequiredLanguage("target_language", request.TargetLanguage);
        if (request.Corrections.Count == 0)
        {
            violations.Add("corrections", ErrorReasonCodes.FieldRequired, "At least one correction is required: a source_text and its target_text.");
        }
        else if (request.Corrections.Count > max.MaxEntriesPerRequest)
        {
            violations.Add("corrections", ErrorReasonCodes.TooManyTexts, $"{request.Corrections.Count} corrections given; the limit is {max.MaxEntriesPerRequest} (NewsLingo:Memory:MaxEntriesPerRequest). Split them, or import a TMX file.");
        }

        var pairs = request.Corrections.Select((c, i) => (
            Source: Segment(FieldPaths.Indexed("corrections", i) + ".source_text", c.SourceText, max, violations),
            Target: Segment(FieldPaths.Indexed("corrections", i) + ".target_text", c.TargetText, max, violations))).ToList();
        var details = Details(request.ArticleId, request.Element, request.Author, context, violations);
        violations.ThrowIfAny();
        return [.. pairs.Select(p => new TranslationUnitDraft(source!.Value, target!.Value, p.Source, p.Target, CoreMemoryOrigin.Correction)
        {
            ArticleId = details.ArticleId,
            Element = details.Element,
            Author = details.Author,
        })];
    }

    public ElementCorrection Read(CorrectElementRequest request, ServerCallContext context)
    {
        var violations = new ViolationCollector();
        var source = violations.OptionalLanguage("source_language", request.SourceLanguage);
        var target = violations.RequiredLanguage("target_language", request.TargetLanguage);

        // The article is read as ProcessArticle reads it (same limits, same hygiene, the article.* field
        // names); its violations join this request's so the caller hears of all of them at once.
        ArticleInput? article = null;
        try
        {
            article = articles.Read(new ProcessArticleRequest { Article = request.Article, TargetLanguages = { target?.Value ?? "en" }, Options = new ArticleOptions { SkipSummary = true } }).Input;
        }
        catch (RequestValidationException invalid)
        {
            foreach (var violation in invalid.Violations)
            {
                violations.Add(violation.Field, violation.Reason, violation.Description);
            }
        }

        ElementLocator element = default;
        switch (request.ElementCase)
        {
            case CorrectElementRequest.ElementOneofCase.BlockIndex when request.BlockIndex < 0:
                violations.Add("block_index", ErrorReasonCodes.ValueOutOfRange, $"block_index {request.BlockIndex} is negative; blocks are numbered from 0 as in the response's article.blocks.");
                break;
            case CorrectElementRequest.ElementOneofCase.BlockIndex:
                element = ElementLocator.Block(request.BlockIndex);
                break;
            case CorrectElementRequest.ElementOneofCase.Title when request.Title:
                element = ElementLocator.Title;
                break;
            default:
                violations.Add("element", ErrorReasonCodes.FieldRequired, "Name the corrected element: block_index, or title = true.");
                break;
        }

        var text = Segment("text", request.Text, options.CurrentValue, violations);
        var details = Details(request.ArticleId, string.Empty, request.Author, context, violations);
        violations.ThrowIfAny();
        return new ElementCorrection(article!, !request.KeepBoilerplate, source, element, target!.Value, text)
        {
            ArticleId = details.ArticleId,
            Author = details.Author,
        };
    }

    public string Read(DeleteEntryRequest request)
    {
        var violations = new ViolationCollector();
        var id = violations.Clean("id", request.Id).Trim();
        if (!MemoryIds.IsValid(id))
        {
            violations.Add("id", id.Length == 0 ? ErrorReasonCodes.FieldRequired : ErrorReasonCodes.ValueOutOfRange, $"An entry id is 1 to {MemoryIds.MaxLength} characters without spaces, as ListEntries or AddCorrections gave it.");
        }

        violations.ThrowIfAny();
        return id;
    }

    public (MemoryListFilter Filter, int PageSize, string? PageToken) Read(ListEntriesRequest request)
    {
        var violations = new ViolationCollector();
        var article = violations.Clean("article_id", request.ArticleId).Trim();
        var author = violations.Clean("author", request.Author).Trim();
        if ((article.Length == 0) == (author.Length == 0))
        {
            violations.Add(article.Length == 0 ? "article_id" : "author", ErrorReasonCodes.InvalidRequest, "Set exactly one of article_id and author.");
        }

        if (request.PageSize is < 0 or > MaxPageSize)
        {
            violations.Add("page_size", ErrorReasonCodes.ValueOutOfRange, $"page_size must be 1 to {MaxPageSize} (0: {DefaultPageSize}); got {request.PageSize}.");
        }

        var token = request.PageToken.Length == 0 ? null : request.PageToken;
        try
        {
            MemoryPageTokens.Read(token);
        }
        catch (FormatException exception)
        {
            violations.Add("page_token", ErrorReasonCodes.ValueOutOfRange, exception.Message);
        }

        violations.ThrowIfAny();
        var filter = article.Length > 0 ? MemoryListFilter.ByArticle(article) : MemoryListFilter.ByAuthor(author);
        return (filter, request.PageSize == 0 ? DefaultPageSize : request.PageSize, token);
    }

    /// <summary>The TMX bytes, within <see cref="TranslationMemoryOptions.MaxTmxBytes"/>.</summary>
    public ReadOnlyMemory<byte> Read(ImportTmxRequest request)
    {
        var max = options.CurrentValue.MaxTmxBytes;
        var violations = new ViolationCollector();
        if (request.Tmx.Length == 0)
        {
            violations.Add("tmx", ErrorReasonCodes.FieldRequired, "The TMX file is empty; send its bytes.");
        }
        else if (request.Tmx.Length > max)
        {
            violations.Add("tmx", ErrorReasonCodes.TmxTooLarge, $"The TMX file is {request.Tmx.Length} bytes; the limit is {max} (NewsLingo:Memory:MaxTmxBytes). Split it into several files.");
        }

        violations.ThrowIfAny();
        return request.Tmx.Memory;
    }

    /// <summary>How much of an imported file is read: its characters (at most its bytes), the unit and segment limits.</summary>
    public TmxReadLimits TmxLimits(int bytes) =>
        new(bytes + 1L, options.CurrentValue.MaxTmxUnits, options.CurrentValue.MaxSegmentCharacters);

    /// <summary>The largest file a unary export may send: the gRPC send limit less room for the message around it.</summary>
    public int MaxExportBytes => Math.Max(0, transport.CurrentValue.MaxSendMessageBytes - 1024);

    private static string Segment(string field, string value, TranslationMemoryOptions max, ViolationCollector violations) =>
        violations.Text(field, value, max.MaxSegmentCharacters, "NewsLingo:Memory:MaxSegmentCharacters", "Send sentences or paragraphs, not whole documents.").Trim();

    private static (string? ArticleId, string? Element, string? Author) Details(string articleId, string element, string author, ServerCallContext context, ViolationCollector violations)
    {
        var article = NullIfBlank(violations.Clean("article_id", articleId));
        var place = NullIfBlank(violations.Clean("element", element));
        var who = NullIfBlank(violations.Clean("author", author)) ?? CallerScope.KeyName(context);
        foreach (var (field, value) in new[] { ("article_id", article), ("element", place), ("author", who) })
        {
            if (value is { Length: > 2000 })
            {
                violations.Add(field, ErrorReasonCodes.TextTooLong, $"{field} has {value.Length} characters; at most 2000.");
            }
        }

        return (article, place, who);
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
