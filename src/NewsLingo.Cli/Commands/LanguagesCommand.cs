using System.CommandLine;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo languages: what the server's backends support.</summary>
public static class LanguagesCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var from = new Option<string?>("--from") { Description = "Only directions from this source language." };
        var command = new Command("languages", "List translation directions and detectable languages (ListLanguages).") { from };

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new TranslationService.TranslationServiceClient(connection.Channel);
            var response = await client.ListLanguagesAsync(
                new ListLanguagesRequest { SourceLanguage = parseResult.GetValue(from) ?? string.Empty },
                connection.CallOptions(cancellationToken));

            var output = environment.Out;
            output.WriteLine($"Translator: {response.Translator}");
            output.WriteLine($"Summarizer: {response.Summarizer}");
            output.WriteLine($"Detector:   {response.Detector}");
            output.WriteLine();
            output.WriteLine($"Directions ({response.Directions.Count}):");
            foreach (var group in response.Directions.GroupBy(d => d.SourceLanguage, StringComparer.Ordinal))
            {
                output.WriteLine($"  {group.Key} -> {string.Join(", ", group.Select(d => d.TargetLanguage))}");
            }

            output.WriteLine();
            output.WriteLine($"Detectable languages ({response.DetectionLanguages.Count}):");
            foreach (var language in response.DetectionLanguages)
            {
                output.WriteLine($"  {language.Code}\t{language.Name}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
