using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsLingo.Contracts.V1;
using NewsLingo.Core.Translation;
using NewsLingo.Server.Configuration;

namespace NewsLingo.Server.Production.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task A_call_in_flight_completes_when_the_server_stops()
    {
        // The real composition on real Kestrel (TestServer does not drain), on free ports.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
            ["NewsLingo:Backends:Translator"] = "gated",
            ["NewsLingo:Backends:Summarizer"] = "fake",
            ["NewsLingo:Backends:LanguageDetector"] = "fake",
        });
        builder.AddNewsLingo();
        var gated = new GatedTranslator();
        builder.Services.AddKeyedSingleton<ITranslator>("gated", gated);
        await using var app = builder.Build();
        app.MapNewsLingo();
        await app.StartAsync();

        using var channel = GrpcChannel.ForAddress(app.Urls.First());
        var call = new TranslationService.TranslationServiceClient(channel).TranslateAsync(Requests.Translate("Dernière minute.")).ResponseAsync;
        await gated.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The backend answers only once shutdown has begun, so the call is in flight while the server stops.
        app.Lifetime.ApplicationStopping.Register(gated.Release);
        var stopping = app.StopAsync();
        var response = await call.WaitAsync(TimeSpan.FromSeconds(30));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("[es] Dernière minute.", response.Texts[0].Translations[0].Text);
    }
}
