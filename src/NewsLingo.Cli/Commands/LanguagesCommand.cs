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
            if (response.Translators.Count > 1 || response.Routes.Count > 0 || response.Summarizers.Count > 1)
            {
                output.WriteLine($"Enabled translators: {string.Join(", ", response.Translators.Select(t => t.Name))}; summarizers: {string.Join(", ", response.Summarizers)}");
                foreach (var route in response.Routes)
                {
                    var fallbacks = route.Fallbacks.Count > 0 ? $" (then {string.Join(", ", route.Fallbacks)})" : string.Empty;
                    output.WriteLine($"  route {route.SourceLanguage} -> {route.TargetLanguage}: {route.Translator}{fallbacks}");
                }
            }

            output.WriteLine();
            output.WriteLine($"Directions ({response.Directions.Count}):");
            var routed = response.Routed.ToDictionary(d => (d.SourceLanguage, d.TargetLanguage), d => d.Translator);
            var routing = response.Translators.Count > 1 || response.Routes.Count > 0;
            foreach (var group in response.Directions.GroupBy(d => d.SourceLanguage, StringComparer.Ordinal))
            {
                // With several translators, each target says who serves it ("en (azure)").
                var targets = group.Select(d => routing && routed.TryGetValue((d.SourceLanguage, d.TargetLanguage), out var by) ? $"{d.TargetLanguage} ({by})" : d.TargetLanguage);
                output.WriteLine($"  {group.Key} -> {string.Join(", ", targets)}");
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
