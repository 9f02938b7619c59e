using System.CommandLine;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo summarize: summarizes a file or stdin, optionally into another language.</summary>
public static class SummarizeCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var input = new Argument<string>("FILE") { Description = "The text to summarize; - reads stdin." };
        var to = new Option<string?>("--to") { Description = "Language to write the summary in (default: the text's)." };
        var from = ArticleCommand.SourceOption();
        var sentences = new Option<int?>("--sentences") { Description = "At most N sentences (default 3)." };
        var style = new Option<string>("--style") { Description = "Summary style.", DefaultValueFactory = _ => "paragraph" };
        style.AcceptOnlyFromAmong("paragraph", "bullets", "headline");
        var summarizer = BackendChoice.SummarizerOption();
        var command = new Command("summarize", "Summarize a text (Summarize).") { input, to, from, sentences, style, summarizer };

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var request = new SummarizeRequest
            {
                Text = await InputReader.ReadAsync(parseResult.GetRequiredValue(input), environment, cancellationToken),
                SourceLanguage = parseResult.GetValue(from) ?? string.Empty,
                TargetLanguage = parseResult.GetValue(to) ?? string.Empty,
                Options = ArticleCommand.SummaryOptionsFrom(parseResult.GetValue(sentences), null, parseResult.GetValue(style), parseResult.GetValue(summarizer)),
            };

            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new SummarizationService.SummarizationServiceClient(connection.Channel);
            var response = await client.SummarizeAsync(request, connection.CallOptions(cancellationToken));
            environment.Out.WriteLine(response.Summary.Text);
            if (!string.IsNullOrEmpty(response.Summary.Note))
            {
                environment.Error.WriteLine($"note: {response.Summary.Note}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
