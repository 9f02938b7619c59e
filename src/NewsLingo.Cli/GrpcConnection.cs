using System.CommandLine;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

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
        var address = ServerAddress.Parse(server);
        var apiKey = FirstNonEmpty(parseResult.GetValue(options.ApiKey), environment.GetVariable("NEWSLINGO_API_KEY"));
        var timeout = parseResult.GetValue(options.Timeout) ?? GlobalOptions.DefaultTimeout;
        var channelOptions = new GrpcChannelOptions
        {
            HttpHandler = environment.HttpHandler,
            // An injected handler belongs to its owner (the tests' server); the channel must not dispose it.
            DisposeHttpClient = environment.HttpHandler is null,
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            ServiceProvider = environment.ChannelServices,
        };
        if (ServerAddress.IsResolved(address))
        {
            // A dns:/// name stands for every address it resolves to (a headless Service's pods):
            // one connection to each, calls handed out in turn, and no TLS (as with http://).
            channelOptions.Credentials = ChannelCredentials.Insecure;
            channelOptions.ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } };
        }

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
