using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>Runs the CLI's real command pipeline in-process, its gRPC calls going to an in-memory server.</summary>
public static class CliHarness
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    /// <summary>A page written for these tests (Pages/).</summary>
    public static string Page(string name) => Path.Combine(AppContext.BaseDirectory, "Pages", name);

    /// <summary>Output as lines, whatever the platform's newline.</summary>
    public static List<string> Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    public static async Task<CliRun> RunAsync<TEntryPoint>(
        WebApplicationFactory<TEntryPoint> server,
        string[] args,
        string stdin = "",
        IReadOnlyDictionary<string, string>? variables = null,
        Func<HttpMessageHandler, HttpMessageHandler>? wrapHandler = null)
        where TEntryPoint : class
    {
        HttpMessageHandler handler = server.Server.CreateHandler();
        if (wrapHandler is not null)
        {
            handler = wrapHandler(handler);
        }

        return await RunAsync(args, handler, stdin, variables);
    }

    public static async Task<CliRun> RunAsync(
        string[] args,
        HttpMessageHandler? handler,
        string stdin = "",
        IReadOnlyDictionary<string, string>? variables = null,
        IServiceProvider? channelServices = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin),
            IsOutputTerminal = false,
            HttpHandler = handler,
            ChannelServices = channelServices,
            GetVariable = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
        };
        var exitCode = await CliApplication.RunAsync(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
