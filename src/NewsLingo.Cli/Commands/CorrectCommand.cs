using System.CommandLine;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>
/// newslingo correct: gives the memory an editor's correction, either as a source segment and its
/// translation (AddCorrections) or as a corrected element of an article (CorrectElement).
/// </summary>
public static class CorrectCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var texts = new Argument<string[]>("SOURCE TRANSLATION") { Description = "The source segment and its approved translation (without --article-file).", Arity = new ArgumentArity(0, 2) };
        var to = new Option<string>("--to") { Description = "The translation's language.", Required = true };
        var from = ArticleCommand.SourceOption();
        var articleFile = new Option<string?>("--article-file") { Description = "The article as it was sent (text, or HTML with --html); - reads stdin." };
        var block = new Option<int?>("--block") { Description = "The corrected block's index (as the response numbers article.blocks)." };
        var title = new Option<bool>("--title") { Description = "The title was corrected." };
        var text = new Option<string?>("--text") { Description = "The element's corrected translation." };
        var html = new Option<bool>("--html") { Description = "The article file is HTML." };
        var keepBoilerplate = new Option<bool>("--keep-boilerplate") { Description = "The article was processed with --keep-boilerplate (it numbers the blocks)." };
        var article = new Option<string?>("--article") { Description = "The article's id or canonical address." };
        var element = new Option<string?>("--element") { Description = "Where the pair comes from (\"title\", \"blocks[3]\"), with SOURCE TRANSLATION." };
        var author = new Option<string?>("--author") { Description = "Who corrected it (default: your API key's name)." };
        var command = new Command("correct", "Store a correction in the memory: SOURCE TRANSLATION (AddCorrections), or --article-file FILE --block N|--title --text NEW (CorrectElement).")
        {
            texts, to, from, articleFile, block, title, text, html, keepBoilerplate, article, element, author,
        };
        command.Validators.Add(result =>
        {
            var pair = result.GetValue(texts) ?? [];
            if (result.GetResult(articleFile) is null)
            {
                if (pair.Length != 2 || result.GetResult(from) is null)
                {
                    result.AddError("Give SOURCE and TRANSLATION with --from and --to, or --article-file with --block or --title and --text.");
                }
            }
            else if (pair.Length > 0 || result.GetResult(text) is null || (result.GetResult(block) is null) == !result.GetValue(title))
            {
                result.AddError("With --article-file, give --text and exactly one of --block N and --title (and no SOURCE TRANSLATION).");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new MemoryService.MemoryServiceClient(connection.Channel);
            if (parseResult.GetValue(articleFile) is { } file)
            {
                var content = await InputReader.ReadAsync(file, environment, cancellationToken);
                var request = new CorrectElementRequest
                {
                    Article = parseResult.GetValue(html) ? new ArticleContent { Html = content } : new ArticleContent { Text = content },
                    SourceLanguage = parseResult.GetValue(from) ?? string.Empty,
                    KeepBoilerplate = parseResult.GetValue(keepBoilerplate),
                    TargetLanguage = parseResult.GetRequiredValue(to),
                    Text = parseResult.GetValue(text)!,
                    ArticleId = parseResult.GetValue(article) ?? string.Empty,
                    Author = parseResult.GetValue(author) ?? string.Empty,
                };
                if (parseResult.GetValue(block) is { } index)
                {
                    request.BlockIndex = index;
                }
                else
                {
                    request.Title = true;
                }

                var response = await client.CorrectElementAsync(request, connection.CallOptions(cancellationToken));
                environment.Out.WriteLine($"{response.Explanation}:");
                foreach (var entry in response.Entries)
                {
                    environment.Out.WriteLine($"[{entry.Shape}, {Outcome(entry.Stored.Outcome)}]");
                    MemoryCommand.Write(entry.Stored.Entry, environment.Out);
                }

                return ExitCodes.Ok;
            }

            var pair = parseResult.GetValue(texts)!;
            var add = new AddCorrectionsRequest
            {
                SourceLanguage = parseResult.GetValue(from)!,
                TargetLanguage = parseResult.GetRequiredValue(to),
                ArticleId = parseResult.GetValue(article) ?? string.Empty,
                Element = parseResult.GetValue(element) ?? string.Empty,
                Author = parseResult.GetValue(author) ?? string.Empty,
                Corrections = { new Correction { SourceText = pair[0], TargetText = pair[1] } },
            };
            var stored = (await client.AddCorrectionsAsync(add, connection.CallOptions(cancellationToken))).Stored[0];
            environment.Out.WriteLine($"[{Outcome(stored.Outcome)}]");
            MemoryCommand.Write(stored.Entry, environment.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Outcome(StoreOutcome outcome) => outcome switch
    {
        StoreOutcome.Added => "added",
        StoreOutcome.Updated => "updated",
        _ => "kept: the memory's entry is newer",
    };
}
