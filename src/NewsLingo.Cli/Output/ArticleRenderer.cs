using System.Globalization;
using Google.Protobuf;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Output;

/// <summary>Writes a finished article as plain text, Markdown or JSON (ProcessArticleResponse's JSON mapping).</summary>
public static class ArticleRenderer
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithIndentation("  "));

    public static void Write(ArticleDocument document, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(Json.Format(document.ToResponse()));
                break;
            case OutputFormat.Markdown:
                WriteMarkdown(document, output);
                break;
            default:
                WriteText(document, output);
                break;
        }
    }

    private static void WriteText(ArticleDocument document, TextWriter output)
    {
        var metadata = ArticleMetadataLines.From(document.Source, OutputFormat.Text);
        var labelled = document.Targets.Count > 1;
        for (var t = 0; t < document.Targets.Count; t++)
        {
            var target = document.Targets[t];
            if (t > 0)
            {
                output.WriteLine();
            }

            if (labelled)
            {
                output.WriteLine($"=== {target.Language} ===");
                output.WriteLine();
            }

            var article = target.Article;
            WriteIfAny(output, article.Title);
            WriteIfAny(output, article.Byline);
            WriteIfAny(output, article.Dateline);
            foreach (var (label, value) in metadata)
            {
                output.WriteLine($"{label}: {value}");
            }

            foreach (var block in article.Blocks)
            {
                output.WriteLine();
                output.WriteLine(BlockText.ToPlainText(block.Text));
            }

            if (target.Summary is { } summary)
            {
                output.WriteLine();
                output.WriteLine("Summary:");
                output.WriteLine(summary.Text);
            }
        }
    }

    private static void WriteMarkdown(ArticleDocument document, TextWriter output)
    {
        var metadata = ArticleMetadataLines.From(document.Source, OutputFormat.Markdown);
        var labelled = document.Targets.Count > 1;
        for (var t = 0; t < document.Targets.Count; t++)
        {
            var target = document.Targets[t];
            if (t > 0)
            {
                output.WriteLine();
                output.WriteLine("---");
                output.WriteLine();
            }

            var article = target.Article;
            var title = string.IsNullOrEmpty(article.Title) ? target.Language : article.Title;
            output.WriteLine(labelled ? $"# {title} ({target.Language})" : $"# {title}");
            var credits = string.Join(" — ", new[] { article.Byline, article.Dateline }.Where(s => !string.IsNullOrEmpty(s)));
            if (credits.Length > 0)
            {
                output.WriteLine();
                output.WriteLine($"*{credits}*");
            }

            if (metadata.Count > 0)
            {
                output.WriteLine();
                foreach (var (label, value) in metadata)
                {
                    output.WriteLine($"- {label}: {value}");
                }
            }

            foreach (var block in article.Blocks)
            {
                output.WriteLine();
                var text = BlockText.ToMarkdown(block.Text);
                output.WriteLine(block.Kind == BlockKind.Subheading ? $"## {text}" : text);
            }

            if (target.Summary is { } summary)
            {
                output.WriteLine();
                output.WriteLine("## Summary");
                output.WriteLine();
                output.WriteLine(summary.Style == SummaryStyle.Bullets
                    ? string.Join(Environment.NewLine, summary.Sentences.Select(s => $"- {s}"))
                    : summary.Text);
            }
        }
    }

    /// <summary>
    /// A note on stderr, after the article, when boilerplate rules matched but were not applied because
    /// they would have removed the article: the reader learns why the page may still hold some of it,
    /// and stdout stays the article alone (it is often redirected to a file or a renderer). JSON already
    /// carries them (source.skippedRules), so scripts get no prose.
    /// </summary>
    public static void WriteNotes(ArticleDocument document, OutputFormat format, TextWriter error)
    {
        if (format == OutputFormat.Json || document.Source is not { SkippedRules.Count: > 0 } source)
        {
            return;
        }

        var rules = string.Join("; ", source.SkippedRules.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Rule} ({r.Selector}, {r.Characters} characters)")));
        error.WriteLine(source.SkippedRules.Count == 1
            ? $"note: boilerplate rule not applied because it would have removed the article: {rules}"
            : $"note: boilerplate rules not applied because they would have removed the article: {rules}");
    }

    private static void WriteIfAny(TextWriter output, string text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            output.WriteLine(text);
        }
    }
}
