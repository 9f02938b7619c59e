using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsLingo.Contracts.V1;
using NewsLingo.Server.Connections;
using NewsLingo.Testing;

namespace NewsLingo.Server.Tests.Connections;

/// <summary>NewsLingo:Connections: keep-alive pings and a maximum connection age, so long-lived gRPC connections rotate.</summary>
public sealed class ConnectionLifetimeTests
{
    // Long enough that the test never waits on it: it only bounds a hang.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void By_default_connections_are_neither_pinged_nor_aged()
    {
        using var host = NewsLingoHost.Start();
        var lifetime = host.Services.GetRequiredService<IOptions<ConnectionLifetimeOptions>>().Value;
        var kestrel = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Null(lifetime.MaxAge);
        Assert.Null(lifetime.KeepAlivePingDelay);
        Assert.Equal(TimeSpan.MaxValue, kestrel.Limits.Http2.KeepAlivePingDelay);
    }

    [Fact]
    public void Keep_alive_pings_reach_Kestrel()
    {
        using var host = NewsLingoHost.Start(new Dictionary<string, string?>
        {
            ["NewsLingo:Connections:KeepAlivePingDelay"] = "00:00:30",
            ["NewsLingo:Connections:KeepAlivePingTimeout"] = "00:00:10",
        });
        var kestrel = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), kestrel.Limits.Http2.KeepAlivePingDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), kestrel.Limits.Http2.KeepAlivePingTimeout);
    }

    [Theory]
    [InlineData("NewsLingo:Connections:MaxAge", "00:00:00", "MaxAge")]
    [InlineData("NewsLingo:Connections:MaxAge", "-00:01:00", "MaxAge")]
    [InlineData("NewsLingo:Connections:KeepAlivePingDelay", "00:00:00.500", "KeepAlivePingDelay")]
    [InlineData("NewsLingo:Connections:KeepAlivePingTimeout", "00:00:00", "KeepAlivePingTimeout")]
    [InlineData("NewsLingo:Connections:MaxAgeGrace", "00:00:10", "MaxAgeGrace is set without")]
    public void A_bad_connection_setting_stops_the_server_at_start_up(string key, string value, string named)
    {
        var failure = Record.Exception(() => NewsLingoHost.Start(new Dictionary<string, string?> { [key] = value }).Dispose());

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
        Assert.Contains(named, validation.Message);
    }

    [Fact]
    public async Task A_connection_past_its_max_age_gets_a_graceful_GOAWAY_and_is_closed()
    {
        await using var host = new NewsLingoHost().With("NewsLingo:Connections:MaxAge", "00:00:00.200");
        using var channel = host.StartOnLoopback();
        using var guard = new CancellationTokenSource(HangGuard);

        await using var connection = await Http2FrameReader.ConnectAsync(PortOf(channel), guard.Token);
        var goAways = new List<uint>();
        while (await connection.ReadFrameAsync(guard.Token) is { } frame)
        {
            if (frame.Type == Http2FrameReader.GoAwayFrame)
            {
                goAways.Add(Http2FrameReader.GoAwayErrorCode(frame.Payload));
            }
        }

        Assert.NotEmpty(goAways);
        Assert.All(goAways, code => Assert.Equal(0u, code));
    }

    [Fact]
    public async Task Calls_keep_succeeding_while_connections_rotate()
    {
        await using var host = new NewsLingoHost().With("NewsLingo:Connections:MaxAge", "00:00:00.200");
        using var loopback = host.StartOnLoopback();
        var connections = 0;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        using var channel = GrpcChannel.ForAddress($"http://{loopback.Target}", new GrpcChannelOptions { HttpHandler = handler });
        var client = new TranslationService.TranslationServiceClient(channel);
        var request = new TranslateRequest { SourceLanguage = "fr", Texts = { "Bonjour à tous." }, TargetLanguages = { "en" } };

        var calls = 0;
        using var guard = new CancellationTokenSource(HangGuard);
        while (Volatile.Read(ref connections) < 3)
        {
            var response = await client.TranslateAsync(request, cancellationToken: guard.Token);
            Assert.Single(response.Texts);
            calls++;
            await Task.Delay(20, guard.Token);
        }

        Assert.True(calls >= 2, $"{calls} calls over {connections} connections");
    }

    private static int PortOf(GrpcChannel channel) => int.Parse(channel.Target.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture);

    private static Exception? Innermost<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return current;
            }
        }

        return exception;
    }
}
