using Google.Protobuf.WellKnownTypes;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Articles;
using NewsLingo.Core.Languages;
using NewsLingo.Core.Pipeline;
using NewsLingo.Core.Usage;
using NewsLingo.Server.Errors;
using ProtoArticleBlock = NewsLingo.Contracts.V1.ArticleBlock;
using ProtoArticleTranslation = NewsLingo.Contracts.V1.ArticleTranslation;
using ProtoSourceArticle = NewsLingo.Contracts.V1.SourceArticle;
using ProtoSummary = NewsLingo.Contracts.V1.Summary;

namespace NewsLingo.Server.Mapping;

/// <summary>Maps domain results to proto responses. Pure, static, no decisions.</summary>
public static class ResponseMapper
{
    public static TranslateResponse ToProto(TextTranslationResult result)
    {
        // Loops, not LINQ: this maps every Translate call.
        var response = new TranslateResponse { Translator = result.Translator, Usage = ToProto(result.Usage) };
        for (var i = 0; i < result.Items.Count; i++)
        {
            var item = result.Items[i];
            var text = new TextTranslations { SourceLanguage = item.Source is null ? null : ToProto(item.Source) };
            if (item.Error is { } error)
            {
                text.Error = StatusFactory.FromException(error);
            }

            for (var t = 0; t < item.Translations.Count; t++)
            {
                var translated = item.Translations[t];
                var translation = new Translation { TargetLanguage = translated.Target.Value, Text = translated.Text };
                if (translated.UnknownWords.Count > 0)
                {
                    translation.UnknownWords.AddRange(translated.UnknownWords);
                }

                if (translated.FactIssues.Count > 0)
                {
                    translation.FactIssues.AddRange(translated.FactIssues.Select(issue => ToProto($"texts[{i}]", issue)));
                }

                text.Translations.Add(translation);
            }

            response.Texts.Add(text);
        }

        return response;
    }

    public static SummarizeResponse ToProto(SummarizationResult result) => new()
    {
        Summary = ToProto(result.Summary),
        SourceLanguage = ToProto(result.Source),
        Usage = ToProto(result.Usage),
    };

    public static DetectLanguageResponse ToProto(LanguageDetection detection, string detector)
    {
        var response = new DetectLanguageResponse
        {
            Language = detection.Language?.Value ?? string.Empty,
            Confidence = detection.Confidence,
            Reliable = detection.IsReliable,
            Detector = detector,
        };
        response.Alternatives.AddRange(detection.Alternatives.Select(a => new Contracts.V1.LanguageCandidate { Language = a.Language.Value, Confidence = a.Confidence }));
        return response;
    }

    public static ProcessArticleResponse ToProto(ArticleResult result)
    {
        var response = new ProcessArticleResponse { Source = ToProto(result.Source), Usage = ToProto(result.Usage) };
        response.Translations.AddRange(result.Translations.Select(t => ToProto(t.Report, t.Article, t.Summary)));
        return response;
    }

    /// <summary>Maps one pipeline event; TargetCompleted reports are gathered by the caller into the final event.</summary>
    public static StreamArticleResponse? ToProto(ArticleEvent articleEvent, List<TargetReport> completedTargets) => articleEvent switch
    {
        SourceReady ready => new StreamArticleResponse { Source = ToProto(ready.Source) },
        ElementTranslated element => new StreamArticleResponse
        {
            Element = new TranslatedElement
            {
                TargetLanguage = element.Target.Value,
                Element = element.Element switch
                {
                    ArticleElement.Title => ElementKind.Title,
                    ArticleElement.Byline => ElementKind.Byline,
                    ArticleElement.Dateline => ElementKind.Dateline,
                    _ => ElementKind.Block,
                },
                BlockIndex = Math.Max(element.BlockIndex, 0),
                BlockKind = element.Element == ArticleElement.Block ? ToProto(element.BlockKind) : BlockKind.Unspecified,
                Text = element.Text,
                FactIssues = { element.FactIssues.Select(issue => ToProto(element.Path, issue)) },
            },
        },
        SummaryReady summary => new StreamArticleResponse { Summary = new TargetSummary { TargetLanguage = summary.Target.Value, Summary = ToProto(summary.Summary) } },
        TargetCompleted completed => Remember(completedTargets, completed.Report),
        ArticleCompleted done => new StreamArticleResponse { Completed = Completed(done.Usage, completedTargets) },
        _ => null,
    };

    private static StreamArticleResponse? Remember(List<TargetReport> reports, TargetReport report)
    {
        reports.Add(report);
        return null;
    }

    private static StreamCompleted Completed(CallReport usage, List<TargetReport> reports)
    {
        var completed = new StreamCompleted { Usage = ToProto(usage) };
        completed.Translations.AddRange(reports.Select(r => ToProto(r, null, null)));
        return completed;
    }

    private static ProtoArticleTranslation ToProto(TargetReport report, Article? article, Core.Summarization.Summary? summary)
    {
        var translation = new ProtoArticleTranslation
        {
            TargetLanguage = report.Target.Value,
            Article = article is null ? null : ToProto(article),
            Summary = summary is null ? null : ToProto(summary),
            Translator = report.Translator,
            Usage = ToProto(report.Usage),
        };
        translation.UnknownWords.AddRange(report.UnknownWords);
        translation.FactIssues.AddRange(report.FactIssues.Select(ToProto));
        return translation;
    }

    private static ProtoSourceArticle ToProto(Core.Pipeline.SourceArticle source)
    {
        var proto = new ProtoSourceArticle
        {
            Language = ToProto(source.Language),
            Article = ToProto(source.Read.Article),
            RemovedCharacters = source.Read.RemovedCharacters,
            DeclaredLanguage = source.Read.DeclaredLanguage ?? string.Empty,
        };
        proto.Removed.AddRange(source.Read.Removed.Select(r => new Contracts.V1.RemovedBoilerplate { Text = r.Text, Rule = r.Rule }));
        proto.SkippedRules.AddRange(source.Read.SkippedRules.Select(r => new Contracts.V1.SkippedBoilerplateRule { Rule = r.Rule, Selector = r.Selector, Characters = r.Characters }));
        return proto;
    }

    private static StructuredArticle ToProto(Article article)
    {
        var proto = new StructuredArticle
        {
            Title = article.Title ?? string.Empty,
            Byline = article.Byline ?? string.Empty,
            Dateline = article.Dateline ?? string.Empty,
            SiteName = article.Metadata.SiteName ?? string.Empty,
            CanonicalUrl = article.Metadata.CanonicalUrl ?? string.Empty,
            PublishedTime = article.Metadata.Published is { } published ? Timestamp.FromDateTimeOffset(published) : null,
            ModifiedTime = article.Metadata.Modified is { } modified ? Timestamp.FromDateTimeOffset(modified) : null,
        };
        proto.Authors.AddRange(article.Metadata.Authors);
        proto.Blocks.AddRange(article.Blocks.Select(b => new ProtoArticleBlock { Kind = ToProto(b.Kind), Text = b.Text }));
        return proto;
    }

    private static BlockKind ToProto(ArticleBlockKind kind) => kind == ArticleBlockKind.Subheading ? BlockKind.Subheading : BlockKind.Paragraph;

    private static ProtoSummary ToProto(Core.Summarization.Summary summary)
    {
        var proto = new ProtoSummary
        {
            Language = summary.Language.Value,
            Style = summary.Style switch
            {
                Core.Summarization.SummaryStyle.Bullets => SummaryStyle.Bullets,
                Core.Summarization.SummaryStyle.Headline => SummaryStyle.Headline,
                _ => SummaryStyle.Paragraph,
            },
            Text = summary.Text,
            Backend = summary.Backend,
            Note = summary.Note ?? string.Empty,
        };
        proto.Sentences.AddRange(summary.Sentences);
        proto.FactIssues.AddRange(summary.FactIssues.Select(ToProto));
        return proto;
    }

    private static Contracts.V1.FactIssue ToProto(Core.Facts.FactFinding finding) => ToProto(finding.Element, finding.Issue);

    private static Contracts.V1.FactIssue ToProto(string element, Core.Facts.FactIssue issue) => new()
    {
        Element = element,
        Kind = (Contracts.V1.FactKind)(int)issue.Kind,
        Source = issue.Source,
        Expected = issue.Expected,
        Found = issue.Found ?? string.Empty,
    };

    private static Contracts.V1.SourceLanguage ToProto(ResolvedLanguage language) => new()
    {
        Language = language.Language.Value,
        Detected = language.Detected,
        Confidence = language.Confidence,
    };

    private static UsageReport ToProto(CallReport usage)
    {
        var report = new UsageReport
        {
            CacheHits = usage.CacheHits,
            SegmentsTranslated = usage.SegmentsTranslated,
            DuplicateSegments = usage.DuplicateSegments,
            SegmentsFactChecked = usage.SegmentsFactChecked,
            FactIssues = usage.FactIssues,
            NumbersLocalized = usage.NumbersLocalized,
        };
        if (usage.Backends.Count > 0)
        {
            // Sorted, so a report reads the same whatever order the calls finished in.
            foreach (var backend in usage.Backends.Count == 1 ? usage.Backends : (IEnumerable<Core.Usage.BackendUsage>)usage.Backends.OrderBy(b => b.Backend, StringComparer.Ordinal))
            {
                report.Backends.Add(new Contracts.V1.BackendUsage
                {
                    Backend = backend.Backend,
                    Characters = backend.Characters,
                    Requests = backend.Requests,
                    InputTokens = backend.InputTokens,
                    OutputTokens = backend.OutputTokens,
                });
            }
        }

        for (var i = 0; i < usage.Fallbacks.Count; i++)
        {
            report.Fallbacks.Add(usage.Fallbacks[i].Describe());
        }

        if (usage.Notes.Count > 0)
        {
            report.Notes.AddRange(usage.Notes);
        }

        return report;
    }
}
