using System.CommandLine;

namespace NewsLingo.Cli;

/// <summary>Options every command takes: where the server is, the API key, and the call's deadline.</summary>
public sealed class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"Address of the NewsLingo gRPC endpoint: http://, https://, or dns:///host:port to spread calls over every address of the name, round robin (env NEWSLINGO_SERVER; default {DefaultServer}).",
        Recursive = true,
    };

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = "API key sent as x-api-key metadata (env NEWSLINGO_API_KEY).",
        Recursive = true,
    };

    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = "Deadline of the call: 30s, 500ms, 2m, or seconds (default 60s).",
        Recursive = true,
        CustomParser = DurationParser.Parse,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Server);
        root.Add(ApiKey);
        root.Add(Timeout);
    }
}
