using System.CommandLine;
using System.Globalization;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Cli.Commands;

/// <summary>newslingo memory import|export|list|delete: the translation memory of the caller's scope (MemoryService).</summary>
public static class MemoryCommand
{
    public static Command Create(GlobalOptions global, CliEnvironment environment)
    {
        var command = new Command("memory", "The translation memory of your scope: import and export TMX, list and delete entries (MemoryService).");
        command.Add(Import(global, environment));
        command.Add(Export(global, environment));
        command.Add(List(global, environment));
        command.Add(Delete(global, environment));
        return command;
    }

    private static Command Import(GlobalOptions global, CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "A TMX 1.4b file (Trados, memoQ, OmegaT, NewsLingo); - reads stdin." };
        var command = new Command("import", "Import a TMX file into the memory (ImportTmx): all of it, or nothing when the file is refused.") { file };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var bytes = await ReadBytesAsync(parseResult.GetRequiredValue(file), environment, cancellationToken);
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var response = await new MemoryService.MemoryServiceClient(connection.Channel).ImportTmxAsync(new ImportTmxRequest { Tmx = ByteString.CopyFrom(bytes) }, connection.CallOptions(cancellationToken));
            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.TranslationUnits} translation units: {response.Added} added, {response.Updated} updated, {response.KeptNewer} kept (the memory's were newer), {response.Skipped} skipped"));
            foreach (var reason in response.SkippedReasons)
            {
                environment.Error.WriteLine($"skipped: {reason}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export(GlobalOptions global, CliEnvironment environment)
    {
        var output = new Option<string?>("--out") { Description = "Write the TMX to this file (default: stdout)." };
        var command = new Command("export", "Export the memory as TMX 1.4b (StreamExportTmx: any size).") { output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            using var call = new MemoryService.MemoryServiceClient(connection.Channel).StreamExportTmx(new StreamExportTmxRequest(), connection.CallOptions(cancellationToken));
            var path = parseResult.GetValue(output);
            await using var file = path is null ? null : OpenOutput(path);
            var text = new MemoryStream();
            long bytes = 0;
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                bytes += chunk.Chunk.Length;
                if (file is not null)
                {
                    chunk.Chunk.WriteTo(file);
                }
                else
                {
                    chunk.Chunk.WriteTo(text);
                }
            }

            if (file is null)
            {
                environment.Out.Write(Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length));
            }
            else
            {
                environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {bytes} bytes of TMX to {path}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions global, CliEnvironment environment)
    {
        var article = new Option<string?>("--article") { Description = "The entries of this article (its id or canonical address)." };
        var author = new Option<string?>("--author") { Description = "The entries of this author." };
        var command = new Command("list", "List the entries of an article or of an author, oldest first (ListEntries, every page).") { article, author };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(article) is null) == (result.GetResult(author) is null))
            {
                result.AddError("Give exactly one of --article and --author.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var client = new MemoryService.MemoryServiceClient(connection.Channel);
            var request = new ListEntriesRequest { ArticleId = parseResult.GetValue(article) ?? string.Empty, Author = parseResult.GetValue(author) ?? string.Empty, PageSize = 500 };
            var count = 0;
            do
            {
                var page = await client.ListEntriesAsync(request, connection.CallOptions(cancellationToken));
                foreach (var entry in page.Entries)
                {
                    Write(entry, environment.Out);
                    count++;
                }

                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);

            environment.Error.WriteLine(count == 1 ? "1 entry" : $"{count} entries");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Delete(GlobalOptions global, CliEnvironment environment)
    {
        var id = new Argument<string>("ID") { Description = "The entry's id (as list or correct printed it)." };
        var command = new Command("delete", "Delete one entry of the memory (DeleteEntry); its text is removed, not flagged.") { id };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            using var connection = GrpcConnection.Open(parseResult, global, environment);
            var response = await new MemoryService.MemoryServiceClient(connection.Channel).DeleteEntryAsync(new DeleteEntryRequest { Id = parseResult.GetRequiredValue(id) }, connection.CallOptions(cancellationToken));
            environment.Out.WriteLine($"deleted {response.Entry.Id}: {response.Entry.SourceText}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One entry: a header line (id, direction, place, author, last change), then its two texts indented.</summary>
    internal static void Write(MemoryEntry entry, TextWriter output)
    {
        var place = string.Join(' ', new[] { entry.ArticleId, entry.Element }.Where(p => p.Length > 0));
        var who = entry.Author.Length > 0 ? $" by {entry.Author}" : string.Empty;
        var when = entry.UpdateTime?.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
        output.WriteLine($"{entry.Id}  {entry.SourceLanguage}→{entry.TargetLanguage}  {place}{who}, {when}".Replace("  ,", ",", StringComparison.Ordinal));
        output.WriteLine($"  {entry.SourceLanguage}: {entry.SourceText}");
        output.WriteLine($"  {entry.TargetLanguage}: {entry.TargetText}");
    }

    private static async Task<byte[]> ReadBytesAsync(string source, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (source == InputReader.Stdin)
        {
            return Encoding.UTF8.GetBytes(await InputReader.ReadAsync(source, environment, cancellationToken));
        }

        try
        {
            return await File.ReadAllBytesAsync(source, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{source}': {exception.Message}");
        }
    }

    private static FileStream OpenOutput(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {exception.Message}");
        }
    }
}
