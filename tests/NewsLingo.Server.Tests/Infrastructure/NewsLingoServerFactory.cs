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
