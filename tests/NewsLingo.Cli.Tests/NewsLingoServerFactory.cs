using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsLingo.Cli.Tests;

/// <summary>The real NewsLingo server, hosted in memory on the fake backends.</summary>
public sealed class NewsLingoServerFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsLingo:Backends:Translator", "fake");
        builder.UseSetting("NewsLingo:Backends:Summarizer", "fake");
        builder.UseSetting("NewsLingo:Backends:LanguageDetector", "fake");
    }
}
