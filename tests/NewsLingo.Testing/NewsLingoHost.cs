using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Testing;

/// <summary>
/// The real server hosted in memory, on the fake backends as callers' CI runs it unless a test says
/// otherwise, with settings and services overridden per test, reached over real gRPC channels
/// (the test server's handler) or, with <see cref="StartOnLoopback"/>, over real HTTP/2 on 127.0.0.1.
/// </summary>
public sealed class NewsLingoHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NewsLingo:Backends:Translator"] = "fake",
        ["NewsLingo:Backends:Summarizer"] = "fake",
        ["NewsLingo:Backends:LanguageDetector"] = "fake",

        // Exact-text tests read the fake's echo of the source; glossary tests turn the shipped glossaries on.
        ["NewsLingo:Glossaries:Enabled"] = "false",

        // Retries wait for real: keep them short unless a test says otherwise.
        ["NewsLingo:Resilience:RetryBaseDelay"] = "00:00:00.010",

        // Each host's translation memory in a file of its own, never the user's (the default path).
        ["NewsLingo:Memory:Sqlite:Path"] = Path.Combine(Path.GetTempPath(), "newslingo-tests", $"memory-{Guid.NewGuid():N}.db"),
    };

    private readonly List<Action<IServiceCollection>> _overrides = [];
    private string _environment = "Testing";
    private bool _deleteMemory = true;
    private GrpcChannel? _channel;

    /// <summary>A host with <paramref name="settings"/> and <paramref name="services"/> overrides, in the Production environment.</summary>
    public static NewsLingoHost Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var host = new NewsLingoHost().InEnvironment("Production");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            host.With(key, value);
        }

        if (services is not null)
        {
            host.WithServices(services);
        }

        _ = host.Server;
        return host;
    }

    public NewsLingoHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public NewsLingoHost WithServices(Action<IServiceCollection> configure)
    {
        _overrides.Add(configure);
        return this;
    }

    public NewsLingoHost InEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    /// <summary>One channel for the typed clients below; <see cref="CreateChannel"/> makes others.</summary>
    public GrpcChannel Channel => _channel ??= CreateChannel();

    public TranslationService.TranslationServiceClient Translation => new(Channel);

    public ArticleService.ArticleServiceClient Articles => new(Channel);

    public SummarizationService.SummarizationServiceClient Summaries => new(Channel);

    public GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>
    /// Starts the app on real Kestrel, its gRPC endpoint on a free loopback port (h2c), for behaviour that
    /// only a real HTTP/2 connection shows; call before anything else touches the host.
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

    /// <summary>The SQLite file of this host's translation memory.</summary>
    public string MemoryPath => _settings["NewsLingo:Memory:Sqlite:Path"]!;

    public MemoryService.MemoryServiceClient Memory => new(Channel);

    public override async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        await base.DisposeAsync();
        if (_deleteMemory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { MemoryPath, MemoryPath + "-wal", MemoryPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Keeps the memory file when the host is disposed: a test that restarts the server on it deletes it itself.</summary>
    public NewsLingoHost KeepingMemory()
    {
        _deleteMemory = false;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
