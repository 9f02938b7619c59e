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

    private static readonly TranslateRequest Request = new() { SourceLanguage = "fr", Texts = { "Bonjour à tous." }, TargetLanguages = { "en" } };

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
        var calls = 0;
        using var guard = new CancellationTokenSource(HangGuard);
        while (Volatile.Read(ref connections) < 3)
        {
            var response = await client.TranslateAsync(Request, cancellationToken: guard.Token);
            Assert.Single(response.Texts);
            calls++;
            await Task.Delay(20, guard.Token);
        }

        Assert.True(calls >= 2, $"{calls} calls over {connections} connections");
    }

    [Fact]
    public async Task A_call_in_flight_when_the_GOAWAY_comes_finishes()
    {
        // The backend takes far longer than the connection may live: the GOAWAY comes mid-call.
        await using var host = new NewsLingoHost()
            .With("NewsLingo:Connections:MaxAge", "00:00:00.100")
            .With("NewsLingo:Fakes:Latency", "00:00:01.500");
        using var channel = host.StartOnLoopback();
        var client = new TranslationService.TranslationServiceClient(channel);

        var response = await client.TranslateAsync(Request, deadline: DateTime.UtcNow + HangGuard);

        Assert.Equal("[en] Bonjour à tous.", response.Texts[0].Translations[0].Text);
    }

    [Fact]
    public async Task A_call_that_outlives_the_grace_is_cut_off_with_the_connection()
    {
        await using var host = new NewsLingoHost()
            .With("NewsLingo:Connections:MaxAge", "00:00:00.100")
            .With("NewsLingo:Connections:MaxAgeGrace", "00:00:00")
            .With("NewsLingo:Resilience:Timeout", "00:05:00")
            .With("NewsLingo:Fakes:Latency", "00:05:00");
        using var channel = host.StartOnLoopback();
        var client = new TranslationService.TranslationServiceClient(channel);

        var failure = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await client.TranslateAsync(Request, deadline: DateTime.UtcNow + HangGuard));

        // Not the hang guard's deadline: the server aborted the connection under the call.
        Assert.NotEqual(Grpc.Core.StatusCode.DeadlineExceeded, failure.StatusCode);
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
