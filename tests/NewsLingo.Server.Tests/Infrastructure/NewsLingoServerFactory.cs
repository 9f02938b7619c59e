using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NewsLingo.Server.Tests.Infrastructure;

/// <summary>
/// Hosts the real server in memory on the fake backends (as callers' CI runs it), with optional
/// settings and service overrides, and hands out real gRPC channels to it.
/// </summary>
public sealed class NewsLingoServerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NewsLingo:Backends:Translator"] = "fake",
        ["NewsLingo:Backends:Summarizer"] = "fake",
        ["NewsLingo:Backends:LanguageDetector"] = "fake",
    };

    private readonly List<Action<IServiceCollection>> _overrides = [];

    public NewsLingoServerFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public NewsLingoServerFactory WithServices(Action<IServiceCollection> configure)
    {
        _overrides.Add(configure);
        return this;
    }

    public GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>
    /// Starts the app on real Kestrel, its gRPC endpoint on a free loopback port (h2c), for behaviour that
    /// only a real HTTP/2 connection shows; call before anything else touches the factory.
    /// </summary>
    public GrpcChannel StartOnLoopback()
    {
        var port = FreeLoopbackPort();
        With("Kestrel:Endpoints:Grpc:Url", $"http://127.0.0.1:{port}");
        With("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:0");
        UseKestrel();
        StartServer();
        return GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _overrides)
            {
                configure(services);
            }
        });
    }
}
