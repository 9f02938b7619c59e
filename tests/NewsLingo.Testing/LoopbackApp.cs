using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace NewsLingo.Testing;

/// <summary>
/// Starts a small Kestrel app on a free 127.0.0.1 port: how every vendor emulation (Translator v3,
/// OpenAI chat) runs beside the tests. Nothing listens beyond loopback.
/// </summary>
public static class LoopbackApp
{
    /// <summary>The started app and its base address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // An appsettings.json beside the test assembly (the server's, when server tests use an
        // emulator) must not move the emulator onto the server's ports.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, new Uri(app.Urls.Single()));
    }
}
