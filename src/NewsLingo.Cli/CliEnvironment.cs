namespace NewsLingo.Cli;

/// <summary>
/// Everything the CLI touches outside itself: its streams, whether stdout is a terminal, the
/// environment variables, and optionally the HTTP handler to reach the server through, so tests
/// can run the real command pipeline against an in-memory server.
/// </summary>
public sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader In { get; init; }

    /// <summary>True when stdout is an interactive terminal: progress is shown and ANSI is allowed.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>The handler gRPC calls go through; null: a normal HTTP/2 connection to --server.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>
    /// Services the gRPC channel looks up (grpc-dotnet's ResolverFactory, so tests can stand in for a
    /// DNS name with several addresses); null: grpc-dotnet's own, DNS for dns:/// targets.
    /// </summary>
    public IServiceProvider? ChannelServices { get; init; }

    /// <summary>Reads an environment variable (NEWSLINGO_SERVER, NEWSLINGO_API_KEY).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    public static CliEnvironment FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        IsOutputTerminal = !Console.IsOutputRedirected,
    };
}
