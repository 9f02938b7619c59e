using NewsLingo.Testing;

namespace NewsLingo.Cli.Tests;

public sealed class ServiceCommandTests(NewsLingoHost server) : IClassFixture<NewsLingoHost>
{
    [Fact]
    public async Task Languages_lists_the_fake_translators_directions_from_french()
    {
        var run = await CliHarness.RunAsync(server, ["languages", "--from", "fr"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("Translator: fake", run.Out);
        var directions = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith("fr -> ", StringComparison.Ordinal));
        Assert.Contains("en", directions);
        Assert.Contains("es", directions);
        Assert.DoesNotContain(run.Out.Split('\n'), l => l.TrimStart().StartsWith("en -> ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_reports_serving_and_exits_0()
    {
        var run = await CliHarness.RunAsync(server, ["health"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Contains("Serving", run.Out);
    }

    [Fact]
    public async Task Health_of_a_server_that_is_not_there_exits_3()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await CliHarness.RunAsync(["health", "--server", $"http://127.0.0.1:{port}", "--timeout", "5s"], handler: null);

        Assert.Equal(ExitCodes.Unavailable, run.ExitCode);
        Assert.Contains("Unavailable", run.Error);
    }

    [Fact]
    public async Task Translate_reads_stdin_and_prints_one_line_per_target()
    {
        var run = await CliHarness.RunAsync(server, ["translate", "--to", "en,es", "--from", "fr"], stdin: "Le conseil municipal a voté le budget.\n");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(["[1:en] [en] Le conseil municipal a voté le budget.", "[1:es] [es] Le conseil municipal a voté le budget."], lines);
    }

    [Fact]
    public async Task Translate_of_one_text_into_one_target_prints_just_the_translation()
    {
        var run = await CliHarness.RunAsync(server, ["translate", "Bonjour à tous", "--to", "en", "--from", "fr"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal("[en] Bonjour à tous", run.Out.Trim());
    }

    [Fact]
    public async Task Summarize_prints_the_summary_of_a_file()
    {
        var run = await CliHarness.RunAsync(server, ["summarize", CliHarness.Sample("palmyre-euronews.txt"), "--sentences", "1"]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.False(string.IsNullOrWhiteSpace(run.Out));
    }

    [Fact]
    public async Task Detect_prints_the_language_and_its_confidence()
    {
        var run = await CliHarness.RunAsync(server, ["detect", "Le gouvernement a présenté mercredi son projet de loi de finances pour l'année prochaine."]);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.StartsWith("fr\tconfidence ", run.Out);
    }

    [Fact]
    public async Task Api_key_is_sent_as_x_api_key_metadata_from_the_option_or_the_environment()
    {
        HeaderRecorder? recorder = null;
        HttpMessageHandler Wrap(HttpMessageHandler inner) => recorder = new HeaderRecorder(inner);

        await CliHarness.RunAsync(server, ["health", "--api-key", "from-option"], wrapHandler: Wrap);
        Assert.Equal(["from-option"], recorder!.ApiKeys);

        await CliHarness.RunAsync(server, ["health"], variables: new Dictionary<string, string> { ["NEWSLINGO_API_KEY"] = "from-env" }, wrapHandler: Wrap);
        Assert.Equal(["from-env"], recorder!.ApiKeys);
    }

    [Fact]
    public async Task Help_lists_the_exit_codes()
    {
        var run = await CliHarness.RunAsync(["--help"], handler: null);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Exit codes:", run.Out);
        Assert.Contains("2  the server refused the request as invalid", run.Out);
        Assert.Contains("4  authentication failed", run.Out);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await CliHarness.RunAsync(["article", "-", "--to", "en", "--colour"], handler: null);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--colour", run.Error);
    }
}
