using System.CommandLine;
using Grpc.Core;
using Grpc.Net.Client;

namespace NewsLingo.Cli;

/// <summary>One command's connection: the channel and the options (API key, deadline) every call carries.</summary>
public sealed class GrpcConnection : IDisposable
{
    private readonly string? _apiKey;
    private readonly TimeSpan _timeout;

    private GrpcConnection(GrpcChannel channel, string? apiKey, TimeSpan timeout)
    {
        Channel = channel;
        _apiKey = apiKey;
        _timeout = timeout;
    }

    public GrpcChannel Channel { get; }

    public static GrpcConnection Open(ParseResult parseResult, GlobalOptions options, CliEnvironment environment)
    {
        var server = FirstNonEmpty(parseResult.GetValue(options.Server), environment.GetVariable("NEWSLINGO_SERVER")) ?? GlobalOptions.DefaultServer;
        if (!Uri.TryCreate(server, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--server '{server}' is not an http:// or https:// address.");
        }

        var apiKey = FirstNonEmpty(parseResult.GetValue(options.ApiKey), environment.GetVariable("NEWSLINGO_API_KEY"));
        var timeout = parseResult.GetValue(options.Timeout) ?? GlobalOptions.DefaultTimeout;
        var channelOptions = new GrpcChannelOptions
        {
            HttpHandler = environment.HttpHandler,
            // An injected handler belongs to its owner (the tests' server); the channel must not dispose it.
            DisposeHttpClient = environment.HttpHandler is null,
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        };
        return new GrpcConnection(GrpcChannel.ForAddress(address, channelOptions), apiKey, timeout);
    }

    public CallOptions CallOptions(CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (_apiKey is not null)
        {
            headers.Add("x-api-key", _apiKey);
        }

        return new CallOptions(headers, DateTime.UtcNow + _timeout, cancellationToken);
    }

    public void Dispose() => Channel.Dispose();

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
