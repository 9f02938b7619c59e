using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NewsLingo.Server.Configuration;

namespace NewsLingo.Bench;

/// <summary>
/// The server's own composition (AddNewsLingo) on the fake backends with zero latency, built but not
/// started, so benchmarks resolve the same Core and Server services the server runs, whatever their
/// constructors become.
/// </summary>
public static class BenchHost
{
    public static IServiceProvider CreateServices()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsLingo:Backends:Translator"] = "fake",
            ["NewsLingo:Backends:Summarizer"] = "fake",
            ["NewsLingo:Backends:LanguageDetector"] = "fake",
            ["NewsLingo:Fakes:Latency"] = "00:00:00",
        });
        builder.Logging.ClearProviders();
        builder.AddNewsLingo();
        return builder.Build().Services;
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name));
}
