using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>--translator and --summarizer reach the server, and a name it does not enable is the caller's mistake (exit 2).</summary>
public sealed class BackendChoiceTests(NewsLingoHost server) : IClassFixture<NewsLingoHost>
{
    [Fact]
    public async Task A_translator_the_server_enables_serves_and_one_it_does_not_is_refused()
    {
        var chosen = await CliHarness.RunAsync(server, ["translate", "--to", "en", "--from", "fr", "--translator", "en=fake", "Le maire a parlé."]);
        Assert.True(chosen.ExitCode == ExitCodes.Ok, chosen.Error);
        Assert.Equal("[en] Le maire a parlé.", chosen.Out.Trim());

        var refused = await CliHarness.RunAsync(server, ["translate", "--to", "en", "--from", "fr", "--translator", "azure", "Le maire a parlé."]);
        Assert.Equal(ExitCodes.InvalidArgument, refused.ExitCode);
        Assert.Contains("BACKEND_NOT_ENABLED", refused.Error, StringComparison.Ordinal);
        Assert.Contains("use one of: fake", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_choice_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync(server, ["translate", "--to", "en", "--translator", "en=", "Le maire a parlé."]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("TARGET=NAME", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summarizer_the_server_does_not_enable_is_refused()
    {
        var run = await CliHarness.RunAsync(server, ["summarize", "--summarizer", "extractive", "-"], stdin: "Le maire a parlé. Il a annoncé un budget de 3 millions d'euros.\n");

        Assert.Equal(ExitCodes.InvalidArgument, run.ExitCode);
        Assert.Contains("options.summarizer", run.Error, StringComparison.Ordinal);
    }
}
