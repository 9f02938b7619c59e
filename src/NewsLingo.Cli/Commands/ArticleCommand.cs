using System.CommandLine;
using Grpc.Core;
using NewsLingo.Cli.Output;
using NewsLingo.Contracts.V1;
using Spectre.Console;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo article: streams an article through StreamArticle and prints it translated and summarized.</summary>
public static class ArticleCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var input = new Argument<string>("FILE") { Description = "The article (text, or HTML with --html); - reads stdin." };
        var to = TargetOption();
        var from = SourceOption();
        var sentences = new Option<int?>("--summary-sentences") { Description = "Summary of at most N sentences (default 3)." };
        var words = new Option<int?>("--summary-words") { Description = "Summary of at most N words (whole sentences, at least one)." };
        var style = new Option<string>("--style") { Description = "Summary style.", DefaultValueFactory = _ => "paragraph" };
        style.AcceptOnlyFromAmong("paragraph", "bullets", "headline");
        var noSummary = new Option<bool>("--no-summary") { Description = "Make no summary." };
        var format = FormatOption();
        var html = new Option<bool>("--html") { Description = "The input is an HTML page or fragment." };
        var keepBoilerplate = new Option<bool>("--keep-boilerplate") { Description = "Keep share buttons, adverts, related links (default: removed)." };
        var translator = BackendChoice.TranslatorOption();
        var summarizer = BackendChoice.SummarizerOption();

        var command = new Command("article", "Translate and summarize an article (StreamArticle; progress on a terminal).")
        {
            input, to, from, sentences, words, style, noSummary, format, html, keepBoilerplate, translator, summarizer,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(sentences) is not null && result.GetResult(words) is not null)
            {
                result.AddError("--summary-sentences and --summary-words cannot be used together.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var text = await InputReader.ReadAsync(parseResult.GetRequiredValue(input), environment, cancellationToken);
            var request = new StreamArticleRequest
            {
                Article = parseResult.GetValue(html) ? new ArticleContent { Html = text } : new ArticleContent { Text = text },
                Options = new ArticleOptions
                {
                    SourceLanguage = parseResult.GetValue(from) ?? string.Empty,
                    KeepBoilerplate = parseResult.GetValue(keepBoilerplate),
                    SkipSummary = parseResult.GetValue(noSummary),
                    Summary = SummaryOptionsFrom(parseResult.GetValue(sentences), parseResult.GetValue(words), parseResult.GetValue(style), parseResult.GetValue(summarizer)),
                },
            };
            request.TargetLanguages.AddRange(InputReader.SplitList(parseResult.GetValue(to)));
            request.Options.Translator = BackendChoice.Apply(parseResult.GetValue(translator), request.Options.TranslatorsByTarget);

            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new ArticleService.ArticleServiceClient(connection.Channel);
            using var call = client.StreamArticle(request, connection.CallOptions(cancellationToken));
            var document = environment.IsOutputTerminal
                ? await ReadWithProgressAsync(call.ResponseStream, environment, cancellationToken)
                : await ReadAsync(call.ResponseStream, cancellationToken);
            var outputFormat = ParseFormat(parseResult.GetValue(format));
            ArticleRenderer.Write(document, outputFormat, environment.Out);
            ArticleRenderer.WriteNotes(document, outputFormat, environment.Error);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static Option<string[]> TargetOption() => new("--to")
    {
        Description = "Target languages, comma-separated or repeated (en,es).",
        Required = true,
    };

    internal static Option<string?> SourceOption() => new("--from") { Description = "Source language (default: detected)." };

    internal static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        return format;
    }

    internal static SummaryOptions SummaryOptionsFrom(int? sentences, int? words, string? style, string? summarizer = null)
    {
        var options = new SummaryOptions
        {
            Summarizer = summarizer ?? string.Empty,
            Style = style switch
            {
                "bullets" => SummaryStyle.Bullets,
                "headline" => SummaryStyle.Headline,
                _ => SummaryStyle.Paragraph,
            },
        };
        if (sentences is { } maxSentences)
        {
            options.MaxSentences = maxSentences;
        }
        else if (words is { } maxWords)
        {
            options.MaxWords = maxWords;
        }

        return options;
    }

    private static OutputFormat ParseFormat(string? format) => format switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };

    private static async Task<ArticleDocument> ReadAsync(IAsyncStreamReader<StreamArticleResponse> stream, CancellationToken cancellationToken)
    {
        var document = new ArticleDocument();
        await foreach (var response in stream.ReadAllAsync(cancellationToken))
        {
            document.Apply(response);
        }

        return document;
    }

    /// <summary>One progress bar per target, one step per translated block; cleared before the article is printed.</summary>
    private static async Task<ArticleDocument> ReadWithProgressAsync(
        IAsyncStreamReader<StreamArticleResponse> stream,
        CliEnvironment environment,
        CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.Out) });
        var document = new ArticleDocument();
        await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .StartAsync(async context =>
            {
                var bars = new Dictionary<TargetDocument, ProgressTask>();
                var connecting = context.AddTask("Reading the article", maxValue: 1);
                await foreach (var response in stream.ReadAllAsync(cancellationToken))
                {
                    var target = document.Apply(response);
                    if (response.EventCase == StreamArticleResponse.EventOneofCase.Source)
                    {
                        connecting.Description = $"Source: {Markup.Escape(response.Source.Language.Language)}, {response.Source.Article.Blocks.Count} blocks";
                        connecting.Increment(1);
                    }

                    if (target is null)
                    {
                        continue;
                    }

                    if (!bars.TryGetValue(target, out var bar))
                    {
                        bar = context.AddTask(Markup.Escape(target.Language), maxValue: Math.Max(1, target.Article.Blocks.Count));
                        bars.Add(target, bar);
                    }

                    bar.Value = target.BlocksTranslated;
                    if (target.Summary is not null)
                    {
                        bar.Description = $"{Markup.Escape(target.Language)} (summarized)";
                        bar.Value = bar.MaxValue;
                    }
                }

                foreach (var bar in bars.Values)
                {
                    bar.Value = bar.MaxValue;
                }
            });
        return document;
    }
}
