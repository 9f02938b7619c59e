using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsLingo.Contracts.V1;

namespace NewsLingo.Server.Production.Tests;

/// <summary>The real app in memory, with settings and services overridden per test, reached over a real GrpcChannel.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly GrpcChannel _channel;

    private ServerHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("NewsLingo:Backends:Translator", "fake");
            builder.UseSetting("NewsLingo:Backends:Summarizer", "fake");
            builder.UseSetting("NewsLingo:Backends:LanguageDetector", "fake");

            // Retries wait for real: keep them short unless a test says otherwise.
            builder.UseSetting("NewsLingo:Resilience:RetryBaseDelay", "00:00:00.010");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(collection => services?.Invoke(collection));
        });
        _channel = GrpcChannel.ForAddress(_factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = _factory.Server.CreateHandler() });
    }

    public IServiceProvider Services => _factory.Services;

    public TranslationService.TranslationServiceClient Translation => new(_channel);

    public ArticleService.ArticleServiceClient Articles => new(_channel);

    public SummarizationService.SummarizationServiceClient Summaries => new(_channel);

    public GrpcChannel Channel => _channel;

    public static ServerHost Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(settings ?? new Dictionary<string, string?>(), services);

    public HttpClient CreateHttpClient() => _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _factory.DisposeAsync();
    }
}
