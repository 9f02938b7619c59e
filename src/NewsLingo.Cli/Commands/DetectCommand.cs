using System.CommandLine;
using System.Globalization;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo detect: prints a text's language, its confidence and the alternatives.</summary>
public static class DetectCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var text = new Argument<string[]>("TEXT") { Description = "The text (words are joined); - or nothing reads stdin.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("detect", "Detect the language of a text (DetectLanguage).") { text };

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var words = parseResult.GetValue(text) ?? [];
            var input = words.Length == 0 || (words.Length == 1 && words[0] == InputReader.Stdin)
                ? await InputReader.ReadAsync(InputReader.Stdin, environment, cancellationToken)
                : string.Join(' ', words);

            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new TranslationService.TranslationServiceClient(connection.Channel);
            var response = await client.DetectLanguageAsync(new DetectLanguageRequest { Text = input }, connection.CallOptions(cancellationToken));
            var language = string.IsNullOrEmpty(response.Language) ? "(none)" : response.Language;
            environment.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{language}\tconfidence {response.Confidence:0.00}\t{(response.Reliable ? "reliable" : "unreliable")}\t(detector {response.Detector})"));
            foreach (var alternative in response.Alternatives)
            {
                environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {alternative.Language}\t{alternative.Confidence:0.00}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
