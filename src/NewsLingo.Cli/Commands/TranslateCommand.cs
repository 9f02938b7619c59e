using System.CommandLine;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo translate: translates texts given as arguments or on stdin.</summary>
public static class TranslateCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var texts = new Argument<string[]>("TEXT") { Description = "Texts to translate; none or - reads one text from stdin.", Arity = ArgumentArity.ZeroOrMore };
        var to = ArticleCommand.TargetOption();
        var from = ArticleCommand.SourceOption();
        var html = new Option<bool>("--html") { Description = "The texts are HTML; markup is kept." };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Send the same call N times over one channel (with a dns:/// server, round robin spreads them; see each instance's /metrics). Prints the first answer.",
            DefaultValueFactory = _ => 1,
        };
        var translator = BackendChoice.TranslatorOption();
        var command = new Command("translate", "Translate texts (Translate).") { texts, to, from, html, repeat, translator };

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var given = parseResult.GetValue(texts) ?? [];
            var request = new TranslateRequest
            {
                SourceLanguage = parseResult.GetValue(from) ?? string.Empty,
                TextType = parseResult.GetValue(html) ? TextType.Html : TextType.Plain,
            };
            if (given.Length == 0 || (given.Length == 1 && given[0] == InputReader.Stdin))
            {
                request.Texts.Add((await InputReader.ReadAsync(InputReader.Stdin, environment, cancellationToken)).Trim());
            }
            else
            {
                request.Texts.AddRange(given);
            }

            request.TargetLanguages.AddRange(InputReader.SplitList(parseResult.GetValue(to)));
            request.Translator = BackendChoice.Apply(parseResult.GetValue(translator), request.TranslatorsByTarget);

            var times = parseResult.GetValue(repeat);
            if (times < 1)
            {
                throw new UsageException($"--repeat {times} must be at least 1.");
            }

            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new TranslationService.TranslationServiceClient(connection.Channel);
            var response = await client.TranslateAsync(request, connection.CallOptions(cancellationToken));
            for (var call = 1; call < times; call++)
            {
                // Each call has its own deadline; the first failure ends the run with its exit code.
                await client.TranslateAsync(request, connection.CallOptions(cancellationToken));
            }

            if (times > 1)
            {
                environment.Error.WriteLine($"{times} calls over one channel to {connection.Channel.Target}, all answered.");
            }

            return Write(response, environment);
        }));
        return command;
    }

    private static int Write(TranslateResponse response, CliEnvironment environment)
    {
        var exitCode = ExitCodes.Ok;
        var labelled = response.Texts.Count > 1 || response.Texts.Any(t => t.Translations.Count > 1);
        for (var i = 0; i < response.Texts.Count; i++)
        {
            var item = response.Texts[i];
            if (item.Error is { } error)
            {
                environment.Error.WriteLine($"error: text {i + 1}: {(Grpc.Core.StatusCode)error.Code}: {error.Message}");
                ErrorReporter.WriteDetails(error, environment.Error);
                exitCode = Math.Max(exitCode, ExitCodes.For((Grpc.Core.StatusCode)error.Code));
                continue;
            }

            foreach (var translation in item.Translations)
            {
                environment.Out.WriteLine(labelled ? $"[{i + 1}:{translation.TargetLanguage}] {translation.Text}" : translation.Text);
            }
        }

        return exitCode;
    }
}
