using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

public sealed class MemoryCommandTests
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="FR"/>
          <body>
            <tu tuid="a1" creationid="anne" creationdate="20260210T101500Z">
              <tuv xml:lang="FR"><seg>Le conseil municipal a voté le budget.</seg></tuv>
              <tuv xml:lang="EN-GB"><seg>The town council voted the budget.</seg></tuv>
            </tu>
            <tu tuid="a2"><tuv xml:lang="EN-GB"><seg>No source.</seg></tuv><tuv xml:lang="DE"><seg>Keine Quelle.</seg></tuv></tu>
          </body>
        </tmx>
        """;

    [Fact]
    public async Task Import_list_export_and_delete_go_through_the_memory()
    {
        await using var server = new NewsLingoHost();
        var directory = Directory.CreateTempSubdirectory("newslingo-cli-");
        try
        {
            var input = Path.Combine(directory.FullName, "desk.tmx");
            var output = Path.Combine(directory.FullName, "export.tmx");
            await File.WriteAllTextAsync(input, Tmx);

            var imported = await CliHarness.RunAsync(server, ["memory", "import", input]);
            var listed = await CliHarness.RunAsync(server, ["memory", "list", "--author", "anne"]);
            var exported = await CliHarness.RunAsync(server, ["memory", "export", "--out", output]);
            var toStdout = await CliHarness.RunAsync(server, ["memory", "export"]);
            var deleted = await CliHarness.RunAsync(server, ["memory", "delete", "a1"]);
            var again = await CliHarness.RunAsync(server, ["memory", "delete", "a1"]);
            var usage = await CliHarness.RunAsync(server, ["memory", "list"]);

            Assert.Equal(ExitCodes.Ok, imported.ExitCode);
            Assert.Contains("2 translation units: 1 added, 0 updated, 0 kept (the memory's were newer), 1 skipped", imported.Out, StringComparison.Ordinal);
            Assert.Contains("skipped: tu 2 (tuid a2)", imported.Error, StringComparison.Ordinal);
            Assert.StartsWith("a1  fr→en-GB", listed.Out, StringComparison.Ordinal);
            Assert.Contains("  en-GB: The town council voted the budget.", listed.Out, StringComparison.Ordinal);
            Assert.Contains("<seg>The town council voted the budget.</seg>", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
            Assert.Contains("tuid=\"a1\"", toStdout.Out, StringComparison.Ordinal);
            Assert.Equal("deleted a1: Le conseil municipal a voté le budget.", deleted.Out.Trim());
            Assert.Equal(ExitCodes.OtherError, again.ExitCode);
            Assert.Contains("reason: MEMORY_ENTRY_NOT_FOUND", again.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.UsageError, usage.ExitCode);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Correct_stores_a_pair_or_a_corrected_block_of_an_article_file()
    {
        await using var server = new NewsLingoHost();

        var pair = await CliHarness.RunAsync(server, ["correct", "--from", "fr", "--to", "en", "Le budget est adopté.", "The budget is passed.", "--article", "budget", "--author", "claire"]);
        var element = await CliHarness.RunAsync(server, [
            "correct", "--article-file", CliHarness.Sample("palmyre-euronews.txt"), "--from", "fr", "--to", "en", "--block", "0",
            "--text", "The fighters of the Islamic State have been driven out of Palmyra. The Syrian army says it retook the city from the jihadists on Sunday.",
            "--article", "palmyre"]);
        var listed = await CliHarness.RunAsync(server, ["memory", "list", "--article", "palmyre"]);
        var incomplete = await CliHarness.RunAsync(server, ["correct", "--to", "en", "Une phrase seule."]);

        Assert.Equal(ExitCodes.Ok, pair.ExitCode);
        Assert.StartsWith("[added]", pair.Out, StringComparison.Ordinal);
        Assert.Contains("budget by claire", pair.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, element.ExitCode);
        Assert.Contains("2 sentences on both sides", element.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.Lines(listed.Out).Count(l => l.StartsWith("  en: ", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.UsageError, incomplete.ExitCode);
    }
}
